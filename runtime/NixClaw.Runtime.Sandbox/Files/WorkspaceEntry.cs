namespace NixClaw.Runtime.Sandbox.Files;

/// <summary>One entry of a workspace directory.</summary>
/// <param name="Name">File name.</param>
/// <param name="Kind"><c>file</c>, <c>directory</c>, <c>symlink</c> or <c>other</c>.</param>
/// <param name="Size">Size in bytes for files.</param>
public sealed record WorkspaceEntry(string Name, string Kind, long? Size);
