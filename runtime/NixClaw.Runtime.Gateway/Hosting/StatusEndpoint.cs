using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// <c>/healthz</c> and <c>/status</c> on loopback (<see cref="LoopbackHttpServer"/>). It listens in
/// <see cref="StartAsync"/> and, registered before <see cref="MattermostConnectionService"/>, before Mattermost is asked,
/// so a start that waits says so; it stops last, so <c>/status</c> answers while running turns drain.
/// <c>/healthz</c> says only "live" and stays open; <c>/status</c> names agents, channels and counters, so with a
/// declared gateway token it needs <c>Authorization: Bearer &lt;token&gt;</c> (the status verb sends it).
/// </summary>
internal sealed partial class StatusEndpoint(
    IOptions<StatusEndpointSettings> settings, StatusReporter reporter, GatewayStartup startup, ILoggerFactory loggerFactory) : IHostedLifecycleService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions s_statusJson = new() { WriteIndented = true };
    private static readonly byte[] s_live = "{\"ok\":true,\"status\":\"live\"}"u8.ToArray();
    private static readonly byte[] s_unauthorized = Json(("error", "unauthorized"), ("message", "send the gateway token as 'Authorization: Bearer <token>'"));
    private static readonly byte[] s_notFound = Json(("error", "not found"));
    private static readonly byte[] s_methodNotAllowed = Json(("error", "method not allowed"));
    private readonly ILogger _log = loggerFactory.CreateLogger(GatewayHost.LogCategory);
    private LoopbackHttpServer? _server;

    /// <summary>Base URL the endpoint listens on (known once the host started).</summary>
    public Uri Url => _server is { } server
        ? new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{(settings.Value.Port == 0 ? "127.0.0.1" : "localhost")}:{server.Port}/"))
        : throw new InvalidOperationException("The status endpoint has not started.");

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <exception cref="StatusPortInUseException">Another program listens on the status port.</exception>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _server = LoopbackHttpServer.Start(settings.Value.Port, Handle);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        startup.Reached("status endpoint");
        LogStatusEndpoint(_log, Url);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync().ConfigureAwait(false);

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _server, null) is { } server)
        {
            await server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private LoopbackResponse Handle(LoopbackRequest request)
    {
        var path = request.Path.TrimEnd('/');
        var healthz = path.Equals("/healthz", StringComparison.OrdinalIgnoreCase);
        if (!healthz && !path.Equals("/status", StringComparison.OrdinalIgnoreCase))
        {
            return new LoopbackResponse(404, s_notFound);
        }

        if (request.Method != "GET")
        {
            return new LoopbackResponse(405, s_methodNotAllowed);
        }

        if (healthz)
        {
            return new LoopbackResponse(200, s_live);
        }

        return settings.Value.TokenPath is { } tokenPath && !HasToken(request.Authorization, tokenPath)
            ? new LoopbackResponse(401, s_unauthorized)
            : new LoopbackResponse(200, JsonSerializer.SerializeToUtf8Bytes(reporter.Report(), s_statusJson));
    }

    // The token is read on every request (it may be rotated) and compared in constant time.
    private static bool HasToken(string? header, string tokenPath)
    {
        const string Scheme = "Bearer ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string expected;
        try
        {
            expected = SecretFiles.Read(tokenPath, "gateway token");
        }
        catch (SecretFileException)
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(expected));
    }

    private static byte[] Json(params (string Name, string Value)[] properties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status endpoint on {StatusUrl}")]
    private static partial void LogStatusEndpoint(ILogger logger, Uri statusUrl);
}
