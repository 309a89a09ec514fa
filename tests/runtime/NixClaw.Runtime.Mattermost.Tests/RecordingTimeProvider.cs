using System.Collections.Concurrent;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>A clock whose timers fire at once and remember the delay asked for, so backoff is asserted exactly and costs no time.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
