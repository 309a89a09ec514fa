using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;

namespace NixClaw.GatewayBenchmarks;

/// <summary>
/// The gateway's overhead per message as the servers around it see it, from the fakes' own timestamps (one clock,
/// both fakes run in the driver): from the moment Mattermost queued the <c>posted</c> event to the moment the reply's
/// request reached Mattermost, minus the model's own time (request at the model's handler to answer written).
/// Everything the gateway adds counts: receiving and parsing the event, routing, the state database, the typing
/// request, the model client on both sides of the model call, sending the reply, both loopback transits and the
/// gateway's waits for a core it shares with the driver. What the servers do once a request has reached them does
/// not: that is Mattermost's and the model's time, on another machine in a deployment.
/// </summary>
internal sealed class ReplyTimeline(string botUserId)
{
    private const string Marker = "benchmark message ";

    private readonly ConcurrentDictionary<string, (int Index, long Queued)> _posts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, long> _modelTicks = new();
    private readonly ConcurrentDictionary<string, long> _replies = new(StringComparer.Ordinal);
    private int _repliedPosts;

    /// <summary>Posts (warm-up included) that have at least one reply in their thread.</summary>
    public int RepliedPosts => Volatile.Read(ref _repliedPosts);

    /// <summary>The text of measured message <paramref name="index"/>; the model request carries it, so the two can be matched.</summary>
    public static string Message(int index) => Marker + index.ToString(CultureInfo.InvariantCulture);

    public void OnPost(FakePostTiming post)
    {
        if (post.UserId == botUserId)
        {
            if (post.RootId.Length > 0)
            {
                if (_replies.TryAdd(post.RootId, post.RequestArrived))
                {
                    Interlocked.Increment(ref _repliedPosts);
                }
            }
        }
        else if (IndexIn(post.Message) is { } index)
        {
            _posts[post.PostId] = (index, post.EventsQueued);
        }
    }

    public void OnModel(FakeModelTiming request)
    {
        if (IndexIn(request.Body) is { } index)
        {
            var ticks = request.Answered - request.Arrived;
            _modelTicks.AddOrUpdate(index, ticks, (_, sum) => sum + ticks);
        }
    }

    /// <summary>Overhead per measured message that was answered, in milliseconds, sorted.</summary>
    public double[] OverheadsMs() => [.. Measured().Select(m => m.OverheadMs).Order()];

    /// <summary>
    /// Reply time per measured message that was answered, in milliseconds, sorted: from Mattermost queuing the post's
    /// event to the reply's request reaching Mattermost, the model's time included (what the user waits).
    /// </summary>
    public double[] ReplyTimesMs() =>
        [.. _posts.Where(p => _replies.ContainsKey(p.Key)).Select(p => (_replies[p.Key] - p.Value.Queued) * 1000.0 / Stopwatch.Frequency).Order()];

    /// <summary>
    /// Writes one line per measured message, in the order Mattermost queued them: the queued timestamp (the
    /// <see cref="Stopwatch"/> clock, CLOCK_MONOTONIC in ns on Linux, which a trace of the gateway shares) and the
    /// overhead in ms; for lining slow messages up with GC pauses or checkpoints in a trace.
    /// </summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("queued_ticks,overhead_ms");
        foreach (var (queued, overhead) in Measured().OrderBy(m => m.Queued))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queued},{overhead:0.000}"));
        }
    }

    // Each measured message that was answered: when Mattermost queued it, and the gateway's overhead.
    private IEnumerable<(long Queued, double OverheadMs)> Measured() =>
        _posts
            .Where(p => _replies.ContainsKey(p.Key) && _modelTicks.ContainsKey(p.Value.Index))
            .Select(p => (p.Value.Queued, (_replies[p.Key] - p.Value.Queued - _modelTicks[p.Value.Index]) * 1000.0 / Stopwatch.Frequency));

    private static int? IndexIn(string text)
    {
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + Marker.Length;
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end > start ? int.Parse(text.AsSpan(start, end - start), CultureInfo.InvariantCulture) : null;
    }
}
