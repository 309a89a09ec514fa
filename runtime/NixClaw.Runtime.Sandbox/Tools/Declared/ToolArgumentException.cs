namespace NixClaw.Tools;

/// <summary>The model's arguments do not fit the tool's schema; the message names the argument and goes back to the model.</summary>
public sealed class ToolArgumentException(string message) : Exception(message);
