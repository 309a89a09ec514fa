namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Shows "typing" in a thread at once and again every interval until disposed (Mattermost shows it for ~5 s).
/// Disposing stops the loop without waiting for a typing request in flight, so the reply is never held up by it.
/// </summary>
/// <remarks>
/// Two things here are for throughput (the gateway load benchmark, docs/gateway.md):
/// a request in flight is left to finish, bounded by its own timeout, rather than cancelled (cancelling an
/// HTTP/1.1 request closes its pooled connection, and the churn of new connections cost more than the request);
/// and the loop is stopped by disposing its timer, which ends the wait with <c>false</c>, not by cancelling it
/// (each cancelled wait would throw an exception, and building its stack trace per message is costly).
/// </remarks>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);

    private readonly PeriodicTimer _timer;
    private readonly Task _loop;
    private volatile bool _stopped;

    private TypingIndicator(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time)
    {
        _timer = new PeriodicTimer(interval, time);
        _loop = RunAsync(outbox, channelId, parentId, time);
    }

    /// <summary>Starts showing typing.</summary>
    public static TypingIndicator Start(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time) =>
        new(outbox, channelId, parentId, interval, time);

    /// <summary>Completes when the loop has ended (after <see cref="DisposeAsync"/>); for tests.</summary>
    public Task Completion => _loop;

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _stopped = true;
        _timer.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task RunAsync(IChatOutbox outbox, string channelId, string parentId, TimeProvider time)
    {
        // Off the caller's stack; a turn that is already over by then sends nothing.
        await Task.Yield();
        do
        {
            if (_stopped)
            {
                return;
            }

            try
            {
                // Bounded on its own so retries against a Mattermost that is down end soon after the turn.
                using var bound = new CancellationTokenSource(RequestBound, time);
                await outbox.SendTypingAsync(channelId, parentId, bound.Token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Typing is cosmetic: a failure must not fail the turn.
            }
        }
        while (!_stopped && await _timer.WaitForNextTickAsync().ConfigureAwait(false));
    }
}
