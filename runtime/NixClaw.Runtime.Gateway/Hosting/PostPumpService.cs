using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.Chat;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// Hands the listener's posts to the dispatcher, after the posts an earlier run claimed or deferred and never answered.
/// While the state database cannot be written (disk full) no new post is taken: they wait in the listener's queue and
/// are dispatched in order once a write succeeds again. Stopping (<see cref="StoppingAsync"/>, before the status
/// endpoint closes): the listener stops taking posts, what it already delivered is handed on, and running turns get
/// <see cref="GatewayShutdown.Grace"/> to finish before they are abandoned with their claims released.
/// </summary>
internal sealed partial class PostPumpService(
    MattermostListener listener,
    IServiceProvider services,
    GatewayStateStore store,
    IMattermostCursorStore cursors,
    GatewayShutdown shutdown,
    TimeProvider time,
    ILoggerFactory loggerFactory) : BackgroundService, IHostedLifecycleService
{
    private readonly ILogger _log = loggerFactory.CreateLogger(GatewayHost.LogCategory);
    private readonly TaskCompletionSource _recoveredQueued = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _writableWait = new();

    // The host creates every hosted service before starting any, but the dispatcher's processor needs the bot's user
    // id, known only once Mattermost accepted the token: it is resolved when posts may flow.
    private PostDispatcher? _dispatcher;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Runs after MattermostConnectionService.StartedAsync (registered before this service): the bot is known.
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var dispatcher = _dispatcher = services.GetRequiredService<PostDispatcher>();
        var recovered = store.UnansweredFromEarlierRuns();
        foreach (var post in recovered)
        {
            dispatcher.EnqueueRecovered(post);
        }

        if (recovered.Count > 0)
        {
            LogRecovering(_log, recovered.Count);
        }

        _recoveredQueued.TrySetResult();
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await listener.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _writableWait.CancelAsync().ConfigureAwait(false);
        if (ExecuteTask is { } pump)
        {
            await pump.ConfigureAwait(false);
        }

        if (_dispatcher is { } dispatcher)
        {
            await dispatcher.DrainAsync(shutdown.Grace, time).ConfigureAwait(false);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        _writableWait.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _recoveredQueued.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // the start failed or was cancelled before posts could flow
        }

        // Ends when the listener stops: it completes its queue.
        await foreach (var incoming in listener.Posts.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (!store.IsWritable)
            {
                try
                {
                    await store.WhenWritableAsync(_writableWait.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
                {
                    return; // stopped while waiting: the posts are caught up at the next start
                }
            }

            _dispatcher!.Enqueue(MattermostOutbox.ToInbound(incoming), (_, _) => cursors.SetCursorAsync(incoming.ChannelId, incoming.UpdateAt, CancellationToken.None));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering {Count} post(s) an earlier run left unanswered")]
    private static partial void LogRecovering(ILogger logger, int count);
}
