namespace NixClaw.Runtime.Mattermost;

/// <summary>The fields of a Mattermost Channel the runtime uses.</summary>
public sealed record MattermostChannel
{
    public string Id { get; init; } = "";
    public string TeamId { get; init; } = "";
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";

    /// <summary><c>O</c> open, <c>P</c> private, <c>D</c> direct, <c>G</c> group (see <see cref="MattermostChannelTypes"/>).</summary>
    public string Type { get; init; } = "";
    public string Purpose { get; init; } = "";
    public string Header { get; init; } = "";
    public string CreatorId { get; init; } = "";
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }

    /// <summary>Non-zero when the channel is archived.</summary>
    public long DeleteAt { get; init; }
    public long LastPostAt { get; init; }

    /// <summary>True when the channel is archived (<see cref="DeleteAt"/> &gt; 0).</summary>
    public bool IsArchived => DeleteAt > 0;
}
