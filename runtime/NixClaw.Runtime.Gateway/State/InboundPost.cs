namespace NixClaw.Runtime.Gateway.State;

/// <summary>A Mattermost post the gateway may answer, as stored with its claim.</summary>
/// <param name="PostId">Post id.</param>
/// <param name="ChannelId">Channel id.</param>
/// <param name="ChannelName">Channel name (URL name), empty when unknown.</param>
/// <param name="UserId">Author's user id.</param>
/// <param name="SenderName">Author's user name without <c>@</c>, empty when unknown.</param>
/// <param name="Message">Message text.</param>
/// <param name="RootId">Thread root id; empty for a root post.</param>
/// <param name="CreateAt">Creation time, Unix milliseconds.</param>
public sealed record InboundPost(
    string PostId,
    string ChannelId,
    string ChannelName,
    string UserId,
    string SenderName,
    string Message,
    string RootId,
    long CreateAt)
{
    /// <summary>Posted through an incoming webhook: <see cref="UserId"/> is the webhook's creator, <see cref="SenderName"/> any name.</summary>
    public bool FromWebhook { get; init; }

    /// <summary>Mattermost channel type: <c>O</c>, <c>P</c>, <c>D</c> (direct) or <c>G</c> (group).</summary>
    public string ChannelType { get; init; } = "O";

    /// <summary>OpenClaw's peer kind for routing: <c>direct</c>, <c>group</c> or <c>channel</c>.</summary>
    public string PeerKind => ChannelType switch
    {
        "D" => "direct",
        "G" => "group",
        _ => "channel",
    };

    /// <summary>The root of the thread a reply goes to: the post's root, or the post itself.</summary>
    public string ThreadRootId => RootId.Length > 0 ? RootId : PostId;
}
