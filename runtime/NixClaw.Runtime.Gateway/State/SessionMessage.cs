namespace NixClaw.Runtime.Gateway.State;

/// <summary>One stored turn of a conversation.</summary>
/// <param name="Role"><c>user</c> or <c>assistant</c>.</param>
/// <param name="Author">User name for user turns, else empty.</param>
/// <param name="Text">Message text.</param>
public sealed record SessionMessage(string Role, string Author, string Text);
