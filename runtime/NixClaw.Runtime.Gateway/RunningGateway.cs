using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.Hosting;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway;

/// <summary>A started gateway (see <see cref="GatewayHost.StartAsync"/>): stop it with <see cref="StopAsync"/>.</summary>
public sealed class RunningGateway : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly GatewayShutdown _shutdown;
    private readonly ISystemdNotifier _notifier;
    private readonly ILogger _logger;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _stopLock = new();
    private Task<int>? _stopping;

    internal RunningGateway(IHost host, GatewayOptions options)
    {
        _host = host;
        var services = host.Services;
        _shutdown = services.GetRequiredService<GatewayShutdown>();
        _notifier = services.GetRequiredService<ISystemdNotifier>();
        _logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(GatewayHost.LogCategory);
        Store = services.GetRequiredService<GatewayStateStore>();
        Dispatcher = services.GetRequiredService<PostDispatcher>();
        Metrics = services.GetRequiredService<GatewayMetrics>();
        StatusUrl = services.GetRequiredService<StatusEndpoint>().Url;

        // A service that cannot go on (the token rejected later) stops the gateway at once with its exit code; the
        // host's own stop (ConsoleLifetime on SIGTERM or Ctrl-C) is the graceful one.
        _ = _shutdown.Requested.ContinueWith(requested => StopCoreAsync(TimeSpan.Zero, requested.Result), TaskScheduler.Default);
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => _ = StopAsync());
    }

    /// <summary>Base URL of the status endpoint (<c>/healthz</c>, <c>/status</c>).</summary>
    public Uri StatusUrl { get; }

    /// <summary>Counters and latencies.</summary>
    public GatewayMetrics Metrics { get; }

    /// <summary>The state database.</summary>
    public GatewayStateStore Store { get; }

    /// <summary>The post queue (tests wait on <see cref="PostDispatcher.WhenIdleAsync"/>).</summary>
    internal PostDispatcher Dispatcher { get; }

    /// <summary>The host's services (tests).</summary>
    internal IServiceProvider Services => _host.Services;

    /// <summary>Completes with the exit code when the gateway has stopped (by <see cref="StopAsync"/> or a fatal error).</summary>
    public Task<int> Exit => _exit.Task;

    /// <summary>
    /// Stops: no new posts; running turns get <see cref="GatewayOptions.ShutdownGrace"/> (or <paramref name="grace"/>)
    /// to finish, then are abandoned with their claims released; everything is closed. Returns the exit code.
    /// </summary>
    public Task<int> StopAsync(TimeSpan? grace = null) => StopCoreAsync(grace, 0);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    private Task<int> StopCoreAsync(TimeSpan? grace, int exitCode)
    {
        lock (_stopLock)
        {
            return _stopping ??= Task.Run(() => StopOnceAsync(grace ?? _shutdown.Grace, exitCode));
        }
    }

    private async Task<int> StopOnceAsync(TimeSpan grace, int exitCode)
    {
        try
        {
            _notifier.Notify(ServiceState.Stopping);
            GatewayLog.Stopping(_logger, grace.TotalSeconds);
            _shutdown.Grace = grace;
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            GatewayLog.Stopped(_logger, Metrics.Count(PostOutcome.Answered), Metrics.Count(PostOutcome.Abandoned));
        }
        catch (Exception ex)
        {
            GatewayLog.StopFailed(_logger, ex);
            exitCode = exitCode == 0 ? 1 : exitCode;
        }
        finally
        {
            // Disposing the host disposes every service in reverse order of creation: the dispatcher and listener
            // before the state database, which flushes last, and the log file.
            await GatewayHost.DisposeAsync(_host).ConfigureAwait(false);
            _exit.TrySetResult(exitCode);
        }

        return exitCode;
    }
}
