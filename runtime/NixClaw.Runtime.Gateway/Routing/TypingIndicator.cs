namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Shows "typing" in a thread at once and again every interval until disposed (Mattermost shows it for ~5 s).
/// Disposing stops the loop without waiting for a typing request in flight, so the reply is never held up by it.
/// A request in flight is left to finish (bounded by the client's own timeout) rather than cancelled: cancelling an
/// HTTP/1.1 request closes its pooled connection, and under load that churn of new connections cost more than the
/// request itself.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private TypingIndicator(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time)
    {
        _loop = RunAndDisposeAsync(outbox, channelId, parentId, interval, time, _stop);
    }

    private static async Task RunAndDisposeAsync(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time, CancellationTokenSource stop)
    {
        try
        {
            await RunAsync(outbox, channelId, parentId, interval, time, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            // Leave the call stack of Cancel() (continuations may run inline) before disposing the source.
            await Task.Yield();
            stop.Dispose();
        }
    }

    /// <summary>Starts showing typing.</summary>
    public static TypingIndicator Start(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time) =>
        new(outbox, channelId, parentId, interval, time);

    /// <summary>Completes when the loop has ended (after <see cref="DisposeAsync"/>); for tests.</summary>
    public Task Completion => _loop;

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        // The loop disposes the token source itself once it has seen the cancellation.
        _stop.Cancel();
        return ValueTask.CompletedTask;
    }

    private static async Task RunAsync(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time, CancellationToken ct)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                // Bounded on its own so retries against a Mattermost that is down end soon after the turn.
                using var bound = new CancellationTokenSource(RequestBound, time);
                await outbox.SendTypingAsync(channelId, parentId, bound.Token).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Typing is cosmetic: a failure must not fail the turn.
                if (ct.IsCancellationRequested)
                {
                    return;
                }
            }

            try
            {
                if (!await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (!ct.IsCancellationRequested);
    }
}
