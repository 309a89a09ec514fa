using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// Connects to Mattermost once the status endpoint listens (<see cref="StartedAsync"/>): what the server answers at
/// start (an error, a timeout, a malformed body) is retried with backoff, one log line each time, while <c>/status</c>
/// says what the gateway waits for; only a rejected token is final (exit 78). Then it seeds catch-up cursors, resolves
/// the allowed senders and follows the connection: ready for systemd once connected, a stop with 78 if the token is
/// rejected later.
/// </summary>
internal sealed partial class MattermostConnectionService(
    MattermostListener listener,
    MattermostClient client,
    SenderAllowlist senders,
    GatewayStateStore store,
    GatewayMetrics metrics,
    IAgentDirectory directory,
    StatusEndpoint statusEndpoint,
    GatewayStartup startup,
    GatewayShutdown shutdown,
    ISystemdNotifier notifier,
    IOptions<MattermostSettings> settings,
    TimeProvider time,
    ILoggerFactory loggerFactory) : IHostedLifecycleService
{
    private readonly ILogger _log = loggerFactory.CreateLogger(GatewayHost.LogCategory);
    private int _ready;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var url = settings.Value.Url;
        var retryDelay = settings.Value.StartRetryDelay;
        startup.Waiting = $"Mattermost at {url}";
        while (true)
        {
            try
            {
                await listener.StartAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (MattermostApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new GatewayConfigurationException($"Mattermost at {url} rejected the bot token in '{settings.Value.TokenPath}' (401)", ex);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                var reason = $"Mattermost at {url} ({OneLine(ex)})";
                startup.Waiting = reason;
                LogWaiting(_log, reason, retryDelay.TotalSeconds);
                await Task.Delay(retryDelay, time, cancellationToken).ConfigureAwait(false);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, settings.Value.StartRetryMaxDelay.Ticks));
            }
        }

        startup.Waiting = null;
        startup.Reached("mattermost token accepted");
        await SeedCursorsAsync(cancellationToken).ConfigureAwait(false);
        startup.Reached("cursors seeded");
        await senders.RefreshAsync(cancellationToken).ConfigureAwait(false);
        senders.StartRefreshing(time);
        startup.Reached("allowed senders resolved");
        listener.StatusChanged += OnStatus;
        OnStatus(listener.Status);
        startup.SetConnected();
    }

    // The listener is stopped by PostPumpService, first thing when the gateway stops (no new posts are taken).
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        listener.StatusChanged -= OnStatus;
        return Task.CompletedTask;
    }

    private void OnStatus(MattermostConnectionStatus status)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        metrics.SetConnectionState(status.State.ToString().ToLowerInvariant(), now);
        if (status.LastCatchUpAt is { } synced)
        {
            metrics.Synced(synced.ToUnixTimeMilliseconds());
        }

        if (status.State == MattermostConnectionState.Connected && Interlocked.Exchange(ref _ready, 1) == 0)
        {
            metrics.Synced(now);
            startup.Reached("connected");
            notifier.Notify(ServiceState.Ready);
            LogReady(_log, statusEndpoint.Url, directory.Agents.Count);
        }

        if (status.State == MattermostConnectionState.Faulted)
        {
            LogFaulted(_log, status.LastError ?? "unauthorized");
            shutdown.Request(GatewayHost.ExitConfiguration);
        }
    }

    // The listener catches up at start only channels with a cursor, and a cursor is written only when a post is
    // handled. Seeding every member channel's cursor with its last post time on start means posts made while the
    // gateway is down later are caught up even in channels where nothing was handled yet. (A channel joined and
    // posted to while the gateway is down is seeded after those posts; that edge is documented in docs/gateway.md.)
    private async Task SeedCursorsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var seeded = 0;
            foreach (var team in await client.GetMyTeamsAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var channel in await client.GetMyChannelsAsync(team.Id, cancellationToken).ConfigureAwait(false))
                {
                    if (store.GetCursor(channel.Id) is null)
                    {
                        store.AdvanceCursor(channel.Id, channel.LastPostAt);
                        seeded++;
                    }
                }
            }

            LogSeeded(_log, seeded);
        }
        catch (Exception ex) when (IsTransient(ex, cancellationToken))
        {
            // Best effort: posts in channels without a cursor are then caught up from the first handled post on.
            LogSeedFailed(_log, OneLine(ex));
        }
    }

    // What a server may answer at start without it being the gateway's fault: an HTTP error, a dropped connection,
    // a body that is not what the API documents, a timeout (a cancellation the caller did not ask for).
    private static bool IsTransient(Exception ex, CancellationToken cancellationToken) =>
        ex is MattermostApiException or HttpRequestException or IOException or InvalidDataException or JsonException or TimeoutException
        || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static string OneLine(Exception ex) =>
        ex is OperationCanceledException ? "timed out" : ex.Message.ReplaceLineEndings(" ");

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: connected to Mattermost, status on {StatusUrl}, {AgentCount} agent(s)")]
    private static partial void LogReady(ILogger logger, Uri statusUrl, int agentCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Seeded catch-up cursors of {Count} channel(s)")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list the bot's channels to seed catch-up cursors: {Reason}")]
    private static partial void LogSeedFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for {Reason}; retrying in {DelaySeconds} s")]
    private static partial void LogWaiting(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Mattermost rejected the bot token ({Reason}); stopping with exit code 78")]
    private static partial void LogFaulted(ILogger logger, string reason);
}
