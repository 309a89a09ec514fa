using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Runs posts through the <see cref="PostProcessor"/>: one at a time per channel, in arrival order (a session's
/// history and the channel's cursor then move in step), channels in parallel. <see cref="DrainAsync"/> stops
/// intake, lets running turns finish within a grace period, then abandons the rest (their claims are released, so
/// the next start answers them).
/// </summary>
internal sealed partial class PostDispatcher : IDisposable
{
    private readonly PostProcessor _processor;
    private readonly ILogger _logger;
    private readonly Dictionary<string, ChannelLane> _lanes = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _abandon = new();
    private TaskCompletionSource _idle = NewIdle(completed: true);
    private int _pending;
    private bool _accepting = true;

    private readonly GatewayStateStore _store;

    public PostDispatcher(PostProcessor processor, GatewayStateStore store, ILogger logger)
    {
        _processor = processor;
        _store = store;
        _logger = logger;
    }

    /// <summary>Posts queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>
    /// Queues <paramref name="post"/>; <paramref name="handled"/> runs after it was handled (answered, ignored or a
    /// duplicate), never when handling failed or was abandoned; the Mattermost cursor advances there.
    /// </summary>
    /// <returns>False when the dispatcher no longer accepts posts (shutting down).</returns>
    public bool Enqueue(InboundPost post, Func<InboundPost, PostOutcome, ValueTask>? handled = null) => Enqueue(post, false, handled);

    /// <summary>Queues a post read back from the state database at start-up (see <see cref="GatewayStateStore.UnansweredFromEarlierRuns"/>).</summary>
    public bool EnqueueRecovered(InboundPost post) => Enqueue(post, true, null);

    private bool Enqueue(InboundPost post, bool isRecovered, Func<InboundPost, PostOutcome, ValueTask>? handled)
    {
        ArgumentNullException.ThrowIfNull(post);
        ChannelLane lane;
        bool start;
        lock (_lock)
        {
            if (!_accepting)
            {
                return false;
            }

            if (!_lanes.TryGetValue(post.ChannelId, out lane!))
            {
                lane = new ChannelLane();
                _lanes[post.ChannelId] = lane;
            }

            lane.Queue.Enqueue((post, isRecovered, handled));
            start = !lane.Running;
            lane.Running = true;
            if (_pending++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        if (start)
        {
            _ = Task.Run(() => RunLaneAsync(lane));
        }

        return true;
    }

    /// <summary>Completes when nothing is queued or running.</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _idle.Task;
        }
    }

    /// <summary>Stops intake; waits up to <paramref name="grace"/> for running turns, then abandons what is left.</summary>
    public async Task DrainAsync(TimeSpan grace, TimeProvider time)
    {
        Task idle;
        lock (_lock)
        {
            _accepting = false;

            // Queued posts that have not started are kept in the state database for the next run (the cursor did
            // not move past them either, but a channel without a cursor is not caught up at start).
            foreach (var lane in _lanes.Values)
            {
                foreach (var (post, _, _) in lane.Queue)
                {
                    _store.Defer(post);
                }

                _pending -= lane.Queue.Count;
                lane.Queue.Clear();
            }

            if (_pending == 0)
            {
                _idle.TrySetResult();
            }

            idle = _idle.Task;
        }

        try
        {
            await idle.WaitAsync(grace, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogAbandoning(Pending, grace.TotalSeconds);
            await _abandon.CancelAsync().ConfigureAwait(false);
            await idle.ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _abandon.Dispose();

    private async Task RunLaneAsync(ChannelLane lane)
    {
        while (true)
        {
            (InboundPost Post, bool IsRecovered, Func<InboundPost, PostOutcome, ValueTask>? Handled) item;
            lock (_lock)
            {
                if (!lane.Queue.TryDequeue(out item))
                {
                    lane.Running = false;
                    return;
                }
            }

            try
            {
                var outcome = await _processor.HandleAsync(item.Post, item.IsRecovered, _abandon.Token).ConfigureAwait(false);
                if (outcome != PostOutcome.Abandoned && item.Handled is { } handled)
                {
                    await handled(item.Post, outcome).ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                LogFailed(ex, item.Post.PostId, item.Post.ChannelId);
            }
            finally
            {
                lock (_lock)
                {
                    if (--_pending == 0)
                    {
                        _idle.TrySetResult();
                    }
                }
            }
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            idle.SetResult();
        }

        return idle;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Post {PostId} in channel {ChannelId} failed; its claim was released so a redelivery or the next start answers it")]
    private partial void LogFailed(Exception exception, string postId, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} turn(s) still running after the {GraceSeconds} s grace period; abandoning them")]
    private partial void LogAbandoning(int count, double graceSeconds);

    private sealed class ChannelLane
    {
        public Queue<(InboundPost Post, bool IsRecovered, Func<InboundPost, PostOutcome, ValueTask>? Handled)> Queue { get; } = new();

        public bool Running { get; set; }
    }
}
