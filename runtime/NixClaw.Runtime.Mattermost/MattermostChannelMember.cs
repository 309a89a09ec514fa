namespace NixClaw.Runtime.Mattermost;

/// <summary>The fields of a Mattermost ChannelMember the runtime uses.</summary>
public sealed record MattermostChannelMember
{
    public string ChannelId { get; init; } = "";
    public string UserId { get; init; } = "";

    /// <summary>Space-separated roles, e.g. <c>channel_user channel_admin</c>.</summary>
    public string Roles { get; init; } = "";
}
