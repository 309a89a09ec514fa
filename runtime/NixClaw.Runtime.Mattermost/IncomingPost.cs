namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// A user post the bot should consider, from a WebSocket <c>posted</c> event or from REST catch-up
/// (<see cref="FromCatchUp"/>). Delivery is at-least-once: dedupe by <see cref="Id"/>.
/// </summary>
/// <param name="Id">Post id.</param>
/// <param name="ChannelId">Channel id.</param>
/// <param name="ChannelName">Channel name (URL name, not the display name).</param>
/// <param name="ChannelType">"O", "P", "D" or "G" (<see cref="MattermostChannelTypes"/>).</param>
/// <param name="TeamId">Team id; empty for direct and group messages.</param>
/// <param name="UserId">Author's user id.</param>
/// <param name="SenderName">Author as <c>@username</c>.</param>
/// <param name="Message">Text of the post.</param>
/// <param name="RootId">Thread root id; empty when the post is itself a root post.</param>
/// <param name="CreateAt">Creation time, Unix ms.</param>
/// <param name="UpdateAt">Last update time, Unix ms; the value to store as the channel's catch-up cursor once handled.</param>
/// <param name="FromCatchUp">True when the post came from REST catch-up after a gap.</param>
public sealed record IncomingPost(
    string Id,
    string ChannelId,
    string ChannelName,
    string ChannelType,
    string TeamId,
    string UserId,
    string SenderName,
    string Message,
    string RootId,
    long CreateAt,
    long UpdateAt,
    bool FromCatchUp)
{
    /// <summary>
    /// Posted through an incoming webhook: <see cref="UserId"/> is the webhook's creator and <see cref="SenderName"/>
    /// may be any name the caller chose (<c>override_username</c>), so neither says who wrote it.
    /// </summary>
    public bool FromWebhook { get; init; }

    /// <summary>The id a reply should use as <c>root_id</c>: the thread's root, or this post when it is a root.</summary>
    public string ThreadRootId => RootId.Length > 0 ? RootId : Id;
}
