namespace NixClaw.Runtime.Mattermost;

/// <summary>The fields of a Mattermost Team the runtime uses.</summary>
public sealed record MattermostTeam
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";

    /// <summary><c>O</c> (open) or <c>I</c> (invite only).</summary>
    public string Type { get; init; } = "";
    public long DeleteAt { get; init; }
}
