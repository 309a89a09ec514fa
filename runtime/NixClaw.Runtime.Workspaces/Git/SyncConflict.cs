namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>A file both sides changed, and where each side's version was kept.</summary>
/// <param name="Path">Path in the workspace.</param>
/// <param name="Kind"><c>both modified</c>, <c>deleted locally, modified remotely</c>, <c>modified locally, deleted remotely</c> or <c>file/folder</c> (one side has a file where the other has a folder).</param>
/// <param name="KeptAs">Files holding the versions: the local one at <paramref name="Path"/>, the remote one beside it.</param>
public sealed record SyncConflict(string Path, string Kind, IReadOnlyList<string> KeptAs);
