namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>A workspace the sync service keeps in step with its remote.</summary>
/// <param name="AgentId">Agent id.</param>
/// <param name="Workspace">Workspace folder.</param>
/// <param name="Interval">Time between syncs (<c>AgentInfo.SyncInterval</c>; 15 minutes for runtime agents).</param>
public sealed record SyncTarget(string AgentId, string Workspace, TimeSpan Interval);
