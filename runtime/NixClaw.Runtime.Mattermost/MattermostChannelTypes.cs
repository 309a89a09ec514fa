namespace NixClaw.Runtime.Mattermost;

/// <summary>Mattermost's one-letter channel types.</summary>
internal static class MattermostChannelTypes
{
    public const string Open = "O";
    public const string Private = "P";
    public const string Direct = "D";
    public const string Group = "G";
}
