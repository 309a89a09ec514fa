namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>Shows "typing" in a thread at once and again every interval until disposed (Mattermost shows it for ~5 s).</summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private TypingIndicator(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time)
    {
        _loop = RunAsync(outbox, channelId, parentId, interval, time, _stop.Token);
    }

    /// <summary>Starts showing typing.</summary>
    public static TypingIndicator Start(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time) =>
        new(outbox, channelId, parentId, interval, time);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static async Task RunAsync(IChatOutbox outbox, string channelId, string parentId, TimeSpan interval, TimeProvider time, CancellationToken ct)
    {
        await Task.Yield();
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                await outbox.SendTypingAsync(channelId, parentId, ct).ConfigureAwait(false);
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
