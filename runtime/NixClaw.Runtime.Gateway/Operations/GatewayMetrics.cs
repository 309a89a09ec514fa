using NixClaw.Runtime.Gateway.Routing;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>Counters, latencies and connection state shown by <c>/status</c>.</summary>
public sealed class GatewayMetrics
{
    private readonly long[] _outcomes = new long[Enum.GetValues<PostOutcome>().Length];
    private long _postsReceived;
    private long _modelCalls;
    private long _modelRetries;
    private long _lastMessageMs;
    private long _lastSyncMs;
    private long _connectedAtMs;
    private string _connectionState = "starting";

    /// <summary>Whole turn: routing, claim, model, posting.</summary>
    public LatencyRecorder Turn { get; } = new();

    /// <summary>Turn time not spent waiting for the model: what the gateway adds, the reply's REST call included.</summary>
    public LatencyRecorder Overhead { get; } = new();

    /// <summary>Turn time spent neither in the model nor in posting the reply: the gateway's own processing.</summary>
    public LatencyRecorder Processing { get; } = new();

    /// <summary>The reply's <c>POST /posts</c> round trip.</summary>
    public LatencyRecorder ReplyPost { get; } = new();

    /// <summary>Posts delivered to the gateway (redeliveries included).</summary>
    public long PostsReceived => Interlocked.Read(ref _postsReceived);

    /// <summary>Model calls made.</summary>
    public long ModelCalls => Interlocked.Read(ref _modelCalls);

    /// <summary>Model calls retried.</summary>
    public long ModelRetries => Interlocked.Read(ref _modelRetries);

    /// <summary>Mattermost connection state (<c>starting</c>, <c>connected</c>, <c>reconnecting</c>, ...).</summary>
    public string ConnectionState => Volatile.Read(ref _connectionState);

    /// <summary>Last post received, Unix ms (0 = none).</summary>
    public long LastMessageMs => Interlocked.Read(ref _lastMessageMs);

    /// <summary>Last successful catch-up or connect, Unix ms (0 = none).</summary>
    public long LastSyncMs => Interlocked.Read(ref _lastSyncMs);

    /// <summary>When the connection was last established, Unix ms (0 = never).</summary>
    public long ConnectedAtMs => Interlocked.Read(ref _connectedAtMs);

    /// <summary>How many posts ended with <paramref name="outcome"/>.</summary>
    public long Count(PostOutcome outcome) => Interlocked.Read(ref _outcomes[(int)outcome]);

    /// <summary>All outcome counts by name.</summary>
    public IReadOnlyDictionary<string, long> Outcomes =>
        Enum.GetValues<PostOutcome>().ToDictionary(o => JsonName(o), Count, StringComparer.Ordinal);

    internal void PostReceived(long nowMs)
    {
        Interlocked.Increment(ref _postsReceived);
        Interlocked.Exchange(ref _lastMessageMs, nowMs);
    }

    /// <summary>Raised after each handled post with its outcome (tests and benchmarks wait on it instead of sleeping).</summary>
    public event Action<PostOutcome>? OutcomeRecorded;

    internal void Completed(PostOutcome outcome)
    {
        Interlocked.Increment(ref _outcomes[(int)outcome]);
        OutcomeRecorded?.Invoke(outcome);
    }

    internal void AddModelCalls(int calls) => Interlocked.Add(ref _modelCalls, calls);

    internal void ModelRetried() => Interlocked.Increment(ref _modelRetries);

    /// <summary>Sets the connection state; <c>connected</c> also counts as a sync.</summary>
    public void SetConnectionState(string state, long nowMs)
    {
        Volatile.Write(ref _connectionState, state);
        if (state == "connected")
        {
            Interlocked.Exchange(ref _connectedAtMs, nowMs);
        }
    }

    /// <summary>Records a completed catch-up.</summary>
    public void Synced(long nowMs) => Interlocked.Exchange(ref _lastSyncMs, nowMs);

    private static string JsonName(PostOutcome outcome)
    {
        var name = outcome.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
