using System.Globalization;

namespace NixClaw.Fakes.Mattermost;

/// <summary>
/// A server-side WebSocket connection identity (Mattermost's <c>WebConn</c>): connection id, per-connection sequence
/// numbers and the dead queue of recent events used to resume. It outlives its socket for the resume grace period.
/// </summary>
internal sealed class FakeWebConn(string id, string userId, int deadQueueSize)
{
    private readonly Queue<(long Seq, string Json)> _deadQueue = new();
    private long _nextSeq;

    public string Id { get; } = id;
    public string UserId { get; } = userId;
    public Lock Gate { get; } = new();
    public FakeSocketSession? Current { get; set; }
    public DateTimeOffset? InactiveSince { get; set; }

    /// <summary>Numbers an event, keeps it for resume and sends it to the live socket, if any.</summary>
    public void Send(string eventWithoutSeq, bool skipSequenceNumber)
    {
        lock (Gate)
        {
            if (skipSequenceNumber)
            {
                // The skipped event is lost: not sent and not in the dead queue.
                _nextSeq++;
            }

            var seq = _nextSeq++;
            var json = string.Concat(eventWithoutSeq.AsSpan(0, eventWithoutSeq.Length - 1), ",\"seq\":", seq.ToString(CultureInfo.InvariantCulture), "}");
            _deadQueue.Enqueue((seq, json));
            while (_deadQueue.Count > deadQueueSize)
            {
                _deadQueue.Dequeue();
            }

            Current?.Outbox.Writer.TryWrite(json);
        }
    }

    /// <summary>
    /// Attaches a resuming socket when <paramref name="expected"/> can be served: equal to the next number (nothing
    /// missed) or still in the dead queue (missed events replayed with their original numbers). Caller holds <see cref="Gate"/>.
    /// </summary>
    public bool TryResume(FakeSocketSession session, long expected)
    {
        // The expected event must really be there: a skipped (lost) number cannot be served.
        var canResume = expected == _nextSeq || _deadQueue.Any(e => e.Seq == expected);
        if (!canResume)
        {
            return false;
        }

        Current?.Abort();
        Current = session;
        InactiveSince = null;
        foreach (var (seq, json) in _deadQueue)
        {
            if (seq >= expected)
            {
                session.Outbox.Writer.TryWrite(json);
            }
        }

        return true;
    }
}
