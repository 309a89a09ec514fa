namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>The chat side of the lifecycle (Mattermost in production: <see cref="MattermostAgentChannels"/>).</summary>
public interface IAgentChannels
{
    /// <summary>The channel with this name, archived ones included, or null.</summary>
    Task<AgentChannel?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>Returns the channel, restoring it when archived and creating it when absent.</summary>
    Task<(AgentChannel Channel, ChannelChange Change)> EnsureAsync(string name, string displayName, string purpose, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="userName"/> a member; true when it was added, false when it already was one.</summary>
    Task<bool> EnsureMemberAsync(string channelId, string userName, CancellationToken cancellationToken);

    /// <summary>Archives the channel; false when it does not exist or is already archived.</summary>
    Task<bool> ArchiveAsync(string name, CancellationToken cancellationToken);
}
