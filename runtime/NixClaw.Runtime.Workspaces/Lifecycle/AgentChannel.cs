namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>An agent's chat channel.</summary>
/// <param name="Id">Channel id (what bindings name).</param>
/// <param name="Name">Channel name.</param>
/// <param name="IsArchived">Archived (soft-deleted).</param>
public sealed record AgentChannel(string Id, string Name, bool IsArchived);
