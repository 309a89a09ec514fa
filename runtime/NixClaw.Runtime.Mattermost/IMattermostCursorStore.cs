namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// Per-channel catch-up cursors: the largest <see cref="IncomingPost.UpdateAt"/> the consumer has fully handled.
/// The listener only reads them: it snapshots <see cref="GetAllCursorsAsync"/> the moment it detects a gap (before
/// any live post of the new connection is delivered) and then calls <c>GET /channels/{id}/posts?since=</c>. The
/// consumer writes them, only after a post is handled, so a crash never skips an unhandled post.
/// </summary>
public interface IMattermostCursorStore
{
    /// <summary>The cursor of <paramref name="channelId"/> (Unix ms), or null when no post of it was handled yet.</summary>
    ValueTask<long?> GetCursorAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Advances the cursor of <paramref name="channelId"/>; a value lower than the stored one is ignored.</summary>
    ValueTask SetCursorAsync(string channelId, long updateAt, CancellationToken cancellationToken);

    /// <summary>Every channel that has a cursor (they are caught up even when the bot's channel list is unavailable).</summary>
    ValueTask<IReadOnlyDictionary<string, long>> GetAllCursorsAsync(CancellationToken cancellationToken);
}
