using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Gitea;

/// <summary>API v1 routes with Gitea's status codes and error bodies.</summary>
public sealed partial class FakeGiteaServer
{
    private const string SwaggerUrl = "/api/swagger";
    private static readonly string[] s_reservedNames = [".", "..", "-"];
    private static readonly string[] s_reservedSuffixes = [".git", ".wiki", ".rss", ".atom"];

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var sequence = Interlocked.Increment(ref _sequence);
        var path = request.Path.Value ?? "/";
        var auth = GiteaAuthenticator.Authenticate(request, FindUserByToken);
        try
        {
            if (Faults.Check(request.Method, path) is int failure)
            {
                await WriteErrorAsync(context, failure, "fault injected by the Gitea fake").ConfigureAwait(false);
            }
            else if (path.StartsWith("/api/v1/", StringComparison.Ordinal))
            {
                await HandleApiAsync(context, path["/api/v1".Length..], auth).ConfigureAwait(false);
            }
            else
            {
                await HandleGitAsync(context, path, auth).ConfigureAwait(false);
            }
        }
        finally
        {
            _requests.Enqueue(new FakeGiteaRequest(sequence, request.Method, path, RedactedQuery(request), auth.Scheme, context.Response.StatusCode));
        }
    }

    private async Task HandleApiAsync(HttpContext context, string route, AuthResult auth)
    {
        // Gitea 1.2x answers 401 on every API route, even public ones, when the credentials are wrong.
        if (auth.IsInvalid)
        {
            await WriteErrorAsync(context, 401, "invalid username, password or token").ConfigureAwait(false);
            return;
        }

        var segments = route.Trim('/').Split('/');
        var method = context.Request.Method;
        switch (segments)
        {
            case ["version"] when method == "GET":
                await WriteJsonAsync(context, 200, new JsonObject { ["version"] = _options.Version }).ConfigureAwait(false);
                return;
            case ["user"] when method == "GET":
                if (await RequireAsync(context, auth, "read:user").ConfigureAwait(false) is { } me)
                {
                    await WriteJsonAsync(context, 200, UserJson(me)).ConfigureAwait(false);
                }

                return;
            case ["orgs"] when method == "POST":
                await CreateOrganizationAsync(context, auth).ConfigureAwait(false);
                return;
            case ["orgs", var org] when method == "GET":
                await GetOrganizationAsync(context, org).ConfigureAwait(false);
                return;
            case ["orgs", var org, "repos"] when method == "POST":
                await CreateRepositoryAsync(context, auth, org).ConfigureAwait(false);
                return;
            case ["repos", var owner, var name] when method == "GET":
                await GetRepositoryAsync(context, auth, owner, name).ConfigureAwait(false);
                return;
            case ["repos", var owner, var name] when method == "DELETE":
                await DeleteRepositoryAsync(context, auth, owner, name).ConfigureAwait(false);
                return;
            default:
                await WriteNotFoundAsync(context).ConfigureAwait(false);
                return;
        }
    }

    private async Task<FakeGiteaUser?> RequireAsync(HttpContext context, AuthResult auth, string scope)
    {
        if (auth.User is null)
        {
            await WriteErrorAsync(context, 401, "token is required").ConfigureAwait(false);
            return null;
        }

        if (!auth.User.HasScope(scope))
        {
            await WriteErrorAsync(context, 403, $"token does not have at least one of required scope(s): [{scope}]").ConfigureAwait(false);
            return null;
        }

        return auth.User;
    }

    private async Task CreateOrganizationAsync(HttpContext context, AuthResult auth)
    {
        if (await RequireAsync(context, auth, "write:organization").ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var name = body?["username"]?.GetValue<string>();
        if (string.IsNullOrEmpty(name))
        {
            await WriteErrorAsync(context, 422, "[UserName]: Required").ConfigureAwait(false);
            return;
        }

        FakeGiteaOrganization organization;
        lock (_lock)
        {
            if (_organizations.ContainsKey(name))
            {
                organization = null!;
            }
            else
            {
                organization = new FakeGiteaOrganization(++_nextId, name, new HashSet<string>([user.Login], StringComparer.OrdinalIgnoreCase));
                _organizations[name] = organization;
            }
        }

        if (organization is null)
        {
            await WriteErrorAsync(context, 422, $"user already exists [name: {name}]").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 201, OrganizationJson(organization)).ConfigureAwait(false);
    }

    private async Task GetOrganizationAsync(HttpContext context, string name)
    {
        FakeGiteaOrganization? organization;
        lock (_lock)
        {
            organization = _organizations.GetValueOrDefault(name);
        }

        if (organization is null)
        {
            await WriteNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, OrganizationJson(organization)).ConfigureAwait(false);
    }

    private async Task CreateRepositoryAsync(HttpContext context, AuthResult auth, string orgName)
    {
        if (await RequireAsync(context, auth, "write:repository").ConfigureAwait(false) is not { } user)
        {
            return;
        }

        FakeGiteaOrganization? organization;
        lock (_lock)
        {
            organization = _organizations.GetValueOrDefault(orgName);
        }

        if (organization is null)
        {
            await WriteErrorAsync(context, _options.MissingOrganizationStatus, $"organization does not exist [id: 0, name: {orgName}]").ConfigureAwait(false);
            return;
        }

        if (!CanAdminister(user, organization))
        {
            await WriteErrorAsync(context, 403, "Given user is not allowed to create repository in organization.").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var name = body?["name"]?.GetValue<string>() ?? "";
        if (ValidateRepositoryName(name) is { } problem)
        {
            await WriteErrorAsync(context, 422, problem).ConfigureAwait(false);
            return;
        }

        var branch = body?["default_branch"]?.GetValue<string>() is { Length: > 0 } b ? b : _options.DefaultBranch;
        var repository = new FakeGiteaRepository(
            0,
            organization,
            name,
            body?["description"]?.GetValue<string>() ?? "",
            body?["private"]?.GetValue<bool>() ?? false,
            branch,
            Path.Combine(RootDirectory, organization.Name.ToLowerInvariant(), name.ToLowerInvariant() + ".git"),
            DateTimeOffset.UtcNow);

        lock (_lock)
        {
            if (_repositories.ContainsKey(repository.FullName))
            {
                repository = null;
            }
            else
            {
                repository = repository with { Id = ++_nextId };
                _repositories[repository.FullName] = repository;
            }
        }

        if (repository is null)
        {
            await WriteErrorAsync(context, 409, "The repository with the same name already exists.").ConfigureAwait(false);
            return;
        }

        InitializeBareRepository(repository, autoInit: body?["auto_init"]?.GetValue<bool>() ?? false);
        await WriteJsonAsync(context, 201, RepositoryJson(repository, user)).ConfigureAwait(false);
    }

    private async Task GetRepositoryAsync(HttpContext context, AuthResult auth, string owner, string name)
    {
        var repository = FindRepository(owner, name);
        if (repository is null || !CanRead(auth.User, repository))
        {
            await WriteNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, RepositoryJson(repository, auth.User)).ConfigureAwait(false);
    }

    private async Task DeleteRepositoryAsync(HttpContext context, AuthResult auth, string owner, string name)
    {
        if (await RequireAsync(context, auth, "write:repository").ConfigureAwait(false) is not { } user)
        {
            return;
        }

        var repository = FindRepository(owner, name);
        if (repository is null || !CanRead(user, repository))
        {
            await WriteNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        if (!CanAdminister(user, repository.Owner))
        {
            await WriteErrorAsync(context, 403, "Given user is not owner of organization.").ConfigureAwait(false);
            return;
        }

        lock (_lock)
        {
            _repositories.Remove(repository.FullName);
        }

        if (Directory.Exists(repository.BarePath))
        {
            Directory.Delete(repository.BarePath, recursive: true);
        }

        context.Response.StatusCode = 204;
    }

    private static bool CanRead(FakeGiteaUser? user, FakeGiteaRepository repository) =>
        !repository.IsPrivate || (user is not null && CanAdminister(user, repository.Owner));

    private static string? ValidateRepositoryName(string name)
    {
        if (name.Length == 0)
        {
            return "[Name]: Required";
        }

        if (name.Length > 100)
        {
            return "[Name]: MaxSize";
        }

        if (!RepositoryNamePattern().IsMatch(name))
        {
            return "[Name]: AlphaDashDot";
        }

        if (s_reservedNames.Contains(name) || name.Contains("..", StringComparison.Ordinal))
        {
            return $"name is reserved [name: {name}]";
        }

        return s_reservedSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            ? $"name pattern is not allowed [pattern: *{Path.GetExtension(name)}]"
            : null;
    }

    private void InitializeBareRepository(FakeGiteaRepository repository, bool autoInit)
    {
        if (Directory.Exists(repository.BarePath))
        {
            Directory.Delete(repository.BarePath, recursive: true); // left over from a repository deleted by hand
        }

        Directory.CreateDirectory(Path.GetDirectoryName(repository.BarePath)!);
        GitProcess.Run(null, null, "init", "--bare", "-q", "-b", repository.DefaultBranch, repository.BarePath);
        var hook = Path.Combine(repository.BarePath, "hooks", "pre-receive");
        File.WriteAllText(hook, PreReceiveHook);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }

        if (!autoInit)
        {
            return;
        }

        // auto_init: one commit with a README on the default branch, made with git plumbing in the bare repository.
        var blob = GitProcess.Run(repository.BarePath, $"# {repository.Name}\n\n{repository.Description}\n", "hash-object", "-w", "--stdin");
        var tree = GitProcess.Run(repository.BarePath, $"100644 blob {blob}\tREADME.md\n", "mktree");
        var commit = GitProcess.Run(repository.BarePath, null, "commit-tree", tree, "-m", "Initial commit");
        GitProcess.Run(repository.BarePath, null, "update-ref", "refs/heads/" + repository.DefaultBranch, commit);
    }

    private static string RedactedQuery(HttpRequest request) =>
        string.Join('&', request.Query.Where(q => q.Key is not ("token" or "access_token")).Select(q => q.Key + "=" + q.Value));

    [GeneratedRegex(@"^[-.\w]+$")]
    private static partial Regex RepositoryNamePattern();
}
