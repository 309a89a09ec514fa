namespace NixClaw.Runtime.Roster.Validation;

/// <summary>A valid entry of <c>agents.entries</c>, as written in the file.</summary>
internal sealed record AgentEntry(string Id, string? Name, string? Workspace, string? Model);
