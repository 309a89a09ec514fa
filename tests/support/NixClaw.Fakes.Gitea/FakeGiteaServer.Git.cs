using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Gitea;

/// <summary>Git smart HTTP: <c>/&lt;owner&gt;/&lt;repo&gt;.git/...</c> mapped onto the bare repositories.</summary>
public sealed partial class FakeGiteaServer
{
    private async Task HandleGitAsync(HttpContext context, string path, AuthResult auth)
    {
        var parts = path.TrimStart('/').Split('/', 3);
        if (parts.Length < 3 || !parts[1].EndsWith(".git", StringComparison.Ordinal))
        {
            await WriteNotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        // Git first asks without credentials; answer 401 with a Basic challenge so it retries with them.
        if (auth.User is null)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\".\"";
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("Unauthorized\n").ConfigureAwait(false);
            return;
        }

        var repository = FindRepository(parts[0], parts[1][..^".git".Length]);
        if (repository is null || !CanRead(auth.User, repository) || !Directory.Exists(repository.BarePath))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("Repository not found\n").ConfigureAwait(false);
            return;
        }

        var isPush = path.EndsWith("/git-receive-pack", StringComparison.Ordinal)
            || context.Request.Query["service"] == "git-receive-pack";
        if (isPush && (!auth.User.HasScope("write:repository") || !CanAdminister(auth.User, repository.Owner) || Faults.PushRejection == PushRejection.Forbidden))
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("User permission denied for writing.\n").ConfigureAwait(false);
            return;
        }

        var relative = Path.GetRelativePath(RootDirectory, repository.BarePath).Replace('\\', '/');
        await GitHttpBackend.ServeAsync(context, RootDirectory, "/" + relative + "/" + parts[2], auth.User.Login, Faults.PushRejection == PushRejection.PreReceiveHook).ConfigureAwait(false);
    }
}
