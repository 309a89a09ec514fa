namespace NixClaw.Runtime.Workspaces;

/// <summary>A workspace template is missing or has a placeholder that cannot be filled; the message names the file and line.</summary>
internal sealed class TemplateException(string message) : Exception(message);
