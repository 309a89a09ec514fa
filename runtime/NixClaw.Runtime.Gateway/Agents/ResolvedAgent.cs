using NixClaw.Bindings;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>The agent that answers a post, as resolved from the current roster.</summary>
/// <param name="Id">Agent id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="ModelName">Declared model name; empty for the default model.</param>
/// <param name="MaxTurns">Most model calls per turn (function-invocation iterations).</param>
/// <param name="WorkspaceDirectory">Absolute workspace folder (system prompt files, tools' root).</param>
/// <param name="Declaration">The declared agent, or null for one added at run time (agents.json5).</param>
public sealed record ResolvedAgent(string Id, string DisplayName, string ModelName, int MaxTurns, string WorkspaceDirectory, AgentInfo? Declaration);
