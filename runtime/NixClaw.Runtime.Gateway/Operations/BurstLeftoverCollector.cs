namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>
/// Collects generation 1 once when a burst's leftovers make every gen0 GC slow.
/// </summary>
/// <remarks>
/// A GC during a burst (a catch-up after a reconnect, a flood of posts) promotes the turns then in flight to
/// generation 1. Those turns finish a moment later: their completed tasks and connections, dead but in generation 1,
/// now point at fresh results. Nothing is promoted at a steady rate, so generation 1 is never collected, and every
/// gen0 GC from then on marks and moves that young graph again through the card table. In the load benchmark
/// (200 messages/s after a 6,000-message burst) each gen0 GC kept 420–480 KB and paused 3–5.5 ms, one slow message
/// per pause; after a single gen1 GC the same GCs kept 6–80 KB and paused 1.5–2.2 ms (docs/gateway.md, "Load
/// benchmark"). The GC cannot see this: it judges promotion by the survival rate, which is low. So once a second this
/// looks at the last ephemeral GC, and when a gen0 GC kept more than <see cref="SurvivorLimit"/>, collects
/// generation 1, at most once per <see cref="MinimumSpacing"/>.
/// </remarks>
internal sealed class BurstLeftoverCollector : IDisposable
{
    /// <summary>Bytes a gen0 GC may keep before generation 1 is collected (steady 200/s without leftovers: 10–40 KB).</summary>
    public const long SurvivorLimit = 128 * 1024;

    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Least time between two collections: a long burst, with much in flight at every GC, costs one gen1 GC per
    /// spacing, and the one that matters comes at most this long after the burst ends.
    /// </summary>
    public static readonly TimeSpan MinimumSpacing = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly Func<EphemeralGc> _lastGc;
    private readonly Action _collectGenerationOne;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private long _seenIndex;
    private long? _lastCollectedAt;
    private int _collections;

    public BurstLeftoverCollector(TimeProvider time)
        : this(time, EphemeralGc.Last, () => GC.Collect(1, GCCollectionMode.Forced, blocking: true))
    {
    }

    internal BurstLeftoverCollector(TimeProvider time, Func<EphemeralGc> lastGc, Action collectGenerationOne)
    {
        _time = time;
        _lastGc = lastGc;
        _collectGenerationOne = collectGenerationOne;
        _seenIndex = lastGc().Index;
        _timer = time.CreateTimer(_ => Check(), null, CheckInterval, CheckInterval);
    }

    /// <summary>Generation 1 collections started so far.</summary>
    public int Collections => Volatile.Read(ref _collections);

    /// <summary>Looks at the last ephemeral GC once; collects generation 1 when it kept too much.</summary>
    internal void Check()
    {
        lock (_lock)
        {
            var gc = _lastGc();
            if (gc.Index == _seenIndex)
            {
                return;
            }

            _seenIndex = gc.Index;
            var now = _time.GetTimestamp();
            if (gc.Generation != 0 || gc.PromotedBytes <= SurvivorLimit
                || (_lastCollectedAt is { } last && _time.GetElapsedTime(last, now) < MinimumSpacing))
            {
                return;
            }

            // The gen1 GC this starts is itself the next "last ephemeral GC"; the generation check above skips it.
            _lastCollectedAt = now;
            _collectGenerationOne();
            _collections++;
        }
    }

    public void Dispose() => _timer.Dispose();
}

/// <summary>What the last gen0 or gen1 GC did: its number, the generation it collected and the bytes it kept.</summary>
internal readonly record struct EphemeralGc(long Index, int Generation, long PromotedBytes)
{
    public static EphemeralGc Last()
    {
        var info = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        return new EphemeralGc(info.Index, info.Generation, info.PromotedBytes);
    }
}
