namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Progress of a sync pass over several workspaces (the CLI renders it with Spectre.Console).</summary>
/// <param name="AgentId">The workspace this report is about.</param>
/// <param name="Completed">Workspaces finished so far in this pass.</param>
/// <param name="Total">Workspaces in this pass.</param>
/// <param name="Result">The result when the workspace finished; null when it started.</param>
public sealed record SyncProgress(string AgentId, int Completed, int Total, WorkspaceSyncResult? Result);
