using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway;

/// <summary>A started gateway (see <see cref="GatewayHost.StartAsync"/>): stop it with <see cref="StopAsync"/>.</summary>
public sealed partial class RunningGateway : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly MattermostListener _listener;
    private readonly MattermostClient _client;
    private readonly RosterWatcher _roster;
    private readonly ModelCatalog _models;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ISystemdNotifier _notifier;
    private readonly GatewayOptions _options;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _stopLock = new();
    private Task<int>? _stopping;
    private Task _pump = Task.CompletedTask;
    private readonly CancellationTokenSource _pumpStop = new();

    internal RunningGateway(
        WebApplication web,
        MattermostListener listener,
        MattermostClient client,
        RosterWatcher roster,
        ModelCatalog models,
        GatewayStateStore store,
        PostDispatcher dispatcher,
        GatewayMetrics metrics,
        ILoggerFactory loggerFactory,
        ISystemdNotifier notifier,
        GatewayOptions options,
        Uri statusUrl)
    {
        _web = web;
        _listener = listener;
        _client = client;
        _roster = roster;
        _models = models;
        Store = store;
        Dispatcher = dispatcher;
        Metrics = metrics;
        _loggerFactory = loggerFactory;
        _notifier = notifier;
        _options = options;
        StatusUrl = statusUrl;
        _logger = loggerFactory.CreateLogger("NixClaw.Gateway");
    }

    /// <summary>Who may talk to the agents (resolved user ids); disposed with the gateway.</summary>
    internal SenderAllowlist? Senders { get; init; }

    /// <summary>Base URL of the status endpoint (<c>/healthz</c>, <c>/status</c>).</summary>
    public Uri StatusUrl { get; }

    /// <summary>Counters and latencies.</summary>
    public GatewayMetrics Metrics { get; }

    /// <summary>The state database.</summary>
    public GatewayStateStore Store { get; }

    /// <summary>The post queue (tests and benchmarks wait on <see cref="PostDispatcher.WhenIdleAsync"/>).</summary>
    public PostDispatcher Dispatcher { get; }

    /// <summary>Completes with the exit code when the gateway has stopped (by <see cref="StopAsync"/> or a fatal error).</summary>
    public Task<int> Exit => _exit.Task;

    /// <summary>
    /// Stops: no new posts; running turns get <see cref="GatewayOptions.ShutdownGrace"/> (or <paramref name="grace"/>)
    /// to finish, then are abandoned with their claims released; everything is closed. Returns the exit code.
    /// </summary>
    public Task<int> StopAsync(TimeSpan? grace = null) => StopCoreAsync(grace, 0);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    internal void StartPump(Func<IncomingPost, ValueTask> deliver)
    {
        _pump = Task.Run(async () =>
        {
            await foreach (var post in _listener.Posts.ReadAllAsync().ConfigureAwait(false))
            {
                // While the state database cannot be written (disk full) no new post is taken: they wait in the
                // listener's queue, and are dispatched in order once a write succeeds again.
                if (!Store.IsWritable)
                {
                    try
                    {
                        await Store.WhenWritableAsync(_pumpStop.Token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
                    {
                        return; // stopped while waiting: the posts are caught up at the next start
                    }
                }

                await deliver(post).ConfigureAwait(false);
            }
        });
    }

    internal void OnListenerStatus(MattermostConnectionStatus status)
    {
        if (status.State == MattermostConnectionState.Faulted)
        {
            LogFaulted(status.LastError ?? "unauthorized");
            _ = StopCoreAsync(TimeSpan.Zero, GatewayHost.ExitConfiguration);
        }
    }

    private Task<int> StopCoreAsync(TimeSpan? grace, int exitCode)
    {
        lock (_stopLock)
        {
            return _stopping ??= Task.Run(() => StopOnceAsync(grace ?? _options.ShutdownGrace, exitCode));
        }
    }

    private async Task<int> StopOnceAsync(TimeSpan grace, int exitCode)
    {
        try
        {
            _notifier.Notify(ServiceState.Stopping);
            LogStopping(grace.TotalSeconds);
            await _listener.StopAsync().ConfigureAwait(false);
            await _pumpStop.CancelAsync().ConfigureAwait(false);
            await _pump.ConfigureAwait(false);
            await Dispatcher.DrainAsync(grace, _options.TimeProvider).ConfigureAwait(false);
            await _web.StopAsync(CancellationToken.None).ConfigureAwait(false);
            LogStopped(Metrics.Count(PostOutcome.Answered), Metrics.Count(PostOutcome.Abandoned));
        }
        catch (Exception ex)
        {
            LogStopFailed(ex);
            exitCode = exitCode == 0 ? 1 : exitCode;
        }
        finally
        {
            await _listener.DisposeAsync().ConfigureAwait(false);
            await _roster.DisposeAsync().ConfigureAwait(false);
            await _web.DisposeAsync().ConfigureAwait(false);
            Dispatcher.Dispose();
            Senders?.Dispose();
            _client.Dispose();
            _models.Dispose();
            Store.Dispose();
            _pumpStop.Dispose();
            _loggerFactory.Dispose();
            _exit.TrySetResult(exitCode);
        }

        return exitCode;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: running turns get {GraceSeconds} s to finish")]
    private partial void LogStopping(double graceSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped ({Answered} answered, {Abandoned} abandoned for the next start)")]
    private partial void LogStopped(long answered, long abandoned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stopping failed")]
    private partial void LogStopFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Mattermost rejected the bot token ({Reason}); stopping with exit code 78")]
    private partial void LogFaulted(string reason);
}
