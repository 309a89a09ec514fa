namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// A pending REST catch-up: when the connection was lost, and the cursors as they were when the gap was detected.
/// The snapshot matters: a live post delivered after reconnecting advances its channel's cursor past the posts of
/// the gap, so reading cursors later would skip them.
/// </summary>
internal sealed record CatchUpRequest(DateTimeOffset LostAt, IReadOnlyDictionary<string, long> Cursors)
{
    /// <summary>Merges two requests: the earlier loss time and, per channel, the lower cursor.</summary>
    public CatchUpRequest Merge(CatchUpRequest other)
    {
        var cursors = new Dictionary<string, long>(Cursors, StringComparer.Ordinal);
        foreach (var (channelId, cursor) in other.Cursors)
        {
            cursors[channelId] = cursors.TryGetValue(channelId, out var mine) ? Math.Min(mine, cursor) : cursor;
        }

        return new CatchUpRequest(LostAt < other.LostAt ? LostAt : other.LostAt, cursors);
    }
}
