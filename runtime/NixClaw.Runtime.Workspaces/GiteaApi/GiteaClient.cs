using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>
/// The Gitea API v1 calls the runtime needs. The token is read from its file for every call and sent as
/// <c>Authorization: token &lt;t&gt;</c> (apis.md §3.1); it never appears in URLs, logs or exception messages.
/// </summary>
public sealed partial class GiteaClient
{
    private readonly HttpClient _http;
    private readonly GiteaClientOptions _options;
    private readonly ILogger _logger;

    public GiteaClient(HttpClient http, GiteaClientOptions options, ILogger<GiteaClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Server version, for example <c>1.22.3</c>.</summary>
    public async Task<string> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "version", null, "get version", cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "get version", cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        return body.GetProperty("version").GetString() ?? "";
    }

    /// <summary>The token's owner.</summary>
    public async Task<GiteaUser> GetCurrentUserAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, "user", null, "get current user", cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "get current user", cancellationToken).ConfigureAwait(false);
        return await ReadAsync<GiteaUser>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The repository, or null when it does not exist or the token cannot see it (Gitea answers 404 for both).</summary>
    public async Task<GiteaRepository?> GetRepositoryAsync(string owner, string name, CancellationToken cancellationToken = default)
    {
        var operation = $"get repository {owner}/{name}";
        using var response = await SendAsync(HttpMethod.Get, $"repos/{Escape(owner)}/{Escape(name)}", null, operation, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<GiteaRepository>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a repository in an organisation; <see cref="GiteaConflictException"/> when the name is taken.</summary>
    public async Task<GiteaRepository> CreateOrganizationRepositoryAsync(string organization, GiteaCreateRepository request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = $"create repository {organization}/{request.Name}";
        using var response = await SendAsync(HttpMethod.Post, $"orgs/{Escape(organization)}/repos", JsonContent.Create(request), operation, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<GiteaRepository>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the repository, creating it (private) when absent; a concurrent creation is tolerated.</summary>
    public async Task<(GiteaRepository Repository, bool Created)> EnsureOrganizationRepositoryAsync(string organization, GiteaCreateRepository request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await GetRepositoryAsync(organization, request.Name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, false);
        }

        try
        {
            return (await CreateOrganizationRepositoryAsync(organization, request, cancellationToken).ConfigureAwait(false), true);
        }
        catch (GiteaConflictException)
        {
            // Created by someone else between our GET and POST: reuse it.
            var raced = await GetRepositoryAsync(organization, request.Name, cancellationToken).ConfigureAwait(false);
            return (raced ?? throw new GiteaApiException(HttpStatusCode.Conflict, $"create repository {organization}/{request.Name}", "exists but is not visible to this token"), false);
        }
    }

    /// <summary>Deletes a repository; false when it did not exist.</summary>
    public async Task<bool> DeleteRepositoryAsync(string owner, string name, CancellationToken cancellationToken = default)
    {
        var operation = $"delete repository {owner}/{name}";
        using var response = await SendAsync(HttpMethod.Delete, $"repos/{Escape(owner)}/{Escape(name)}", null, operation, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, operation, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string route, HttpContent? content, string operation, CancellationToken cancellationToken)
    {
        var token = SecretFiles.Read(_options.TokenFile, "Gitea token");
        using var request = new HttpRequestMessage(method, new Uri(ApiBase, route)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "token " + token);
        request.Headers.Accept.ParseAdd("application/json");
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Log.Call(_logger, method.Method, "/api/v1/" + route, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (HttpRequestException e)
        {
            Log.Unreachable(_logger, method.Method, "/api/v1/" + route, e.Message);
            throw new GiteaApiException(operation, e);
        }
    }

    private Uri ApiBase => new(_options.BaseUrl.ToString().TrimEnd('/') + "/api/v1/");

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var message = await ReadMessageAsync(response, cancellationToken).ConfigureAwait(false);
        throw response.StatusCode switch
        {
            HttpStatusCode.Conflict => new GiteaConflictException(operation, message),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new GiteaAuthException(response.StatusCode, operation, message),
            _ => new GiteaApiException(response.StatusCode, operation, message),
        };
    }

    private static async Task<string?> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("message", out var m) ? m.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        => await response.Content.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false)
           ?? throw new GiteaApiException(response.StatusCode, "read response", "empty body");

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Debug, Message = "Gitea {Method} {Path} -> {Status} in {ElapsedMs:F0} ms")]
        public static partial void Call(ILogger logger, string method, string path, int status, double elapsedMs);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Gitea {Method} {Path} unreachable: {Reason}")]
        public static partial void Unreachable(ILogger logger, string method, string path, string reason);
    }
}
