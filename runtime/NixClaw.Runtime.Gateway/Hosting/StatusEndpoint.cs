using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// <c>/healthz</c> and <c>/status</c> on loopback. Kestrel itself is the web host's hosted service, which starts after
/// every other <c>StartAsync</c>; this service's <see cref="StartedAsync"/> runs once it listens, before Mattermost is
/// asked (<see cref="MattermostConnectionService"/> is registered after it), so a start that waits says so.
/// </summary>
internal sealed partial class StatusEndpoint(IServer server, GatewayStartup startup, ILoggerFactory loggerFactory) : IHostedLifecycleService
{
    private static readonly JsonSerializerOptions s_statusJson = new() { WriteIndented = true };
    private readonly ILogger _log = loggerFactory.CreateLogger(GatewayHost.LogCategory);

    /// <summary>Base URL the endpoint listens on (known once the host started).</summary>
    public Uri Url => new(server.Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Kestrel's core only, on 127.0.0.1 and ::1 (never 0.0.0.0); port 0 picks a free port on 127.0.0.1.</summary>
    public static void AddTo(WebApplicationBuilder builder, StatusEndpointSettings settings)
    {
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (settings.Port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(settings.Port);
            }
        });
        builder.Services.AddSingleton<StatusReporter>();
        builder.Services.AddSingleton<StatusEndpoint>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<StatusEndpoint>());
    }

    /// <summary>Maps the endpoints. <c>/healthz</c> says only "live" and stays open; <c>/status</c> names agents, channels and
    /// counters, so with a declared gateway token it needs <c>Authorization: Bearer &lt;token&gt;</c> (the status verb sends it).</summary>
    public static void Map(WebApplication app)
    {
        var tokenPath = app.Services.GetRequiredService<IOptions<StatusEndpointSettings>>().Value.TokenPath;
        var reporter = app.Services.GetRequiredService<StatusReporter>();
        // Plain RequestDelegates: a minimal-API lambda would have its handler built from compiled expression trees
        // at start, code (and System.Linq.Expressions) the gateway would keep resident for two routes.
        app.MapGet("/healthz", (RequestDelegate)(http => Results.Json(new { ok = true, status = "live" }).ExecuteAsync(http)));
        app.MapGet("/status", (RequestDelegate)(http => (tokenPath is not null && !HasToken(http, tokenPath)
            ? Results.Json(new { error = "unauthorized", message = "send the gateway token as 'Authorization: Bearer <token>'" }, statusCode: StatusCodes.Status401Unauthorized)
            : Results.Json(reporter.Report(), s_statusJson)).ExecuteAsync(http)));
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        startup.Reached("status endpoint");
        LogStatusEndpoint(_log, Url);
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // The token is read on every request (it may be rotated) and compared in constant time.
    private static bool HasToken(HttpContext http, string tokenPath)
    {
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
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

        var given = System.Text.Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, System.Text.Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status endpoint on {StatusUrl}")]
    private static partial void LogStatusEndpoint(ILogger logger, Uri statusUrl);
}
