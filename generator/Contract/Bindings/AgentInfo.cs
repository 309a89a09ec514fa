using System;
using System.Collections.Generic;

namespace NixClaw.Bindings;

/// <summary>A declared agent, its model resolved.</summary>
/// <param name="Id">Agent id (also the repository name).</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Channel">Mattermost channel name.</param>
/// <param name="Model">Model name.</param>
/// <param name="Tools">OpenClaw tool names: <c>exec</c>, <c>read</c>, <c>write</c>, <c>edit</c>, <c>list</c>, <c>web_search</c>.</param>
/// <param name="WebSearchKey">Brave API key secret when the agent has <c>web_search</c>.</param>
/// <param name="WebSearchMaxResults">Results per search.</param>
/// <param name="Sandbox">Sandbox limits.</param>
/// <param name="WorkspaceTemplate">Workspace template folder.</param>
/// <param name="SyncInterval">Time between workspace syncs.</param>
/// <param name="MaxTurns">Most model calls per turn.</param>
public sealed record AgentInfo(
    string Id,
    string DisplayName,
    string Channel,
    string Model,
    IReadOnlyList<string> Tools,
    SecretInfo? WebSearchKey,
    int WebSearchMaxResults,
    SandboxInfo Sandbox,
    string WorkspaceTemplate,
    TimeSpan SyncInterval,
    int MaxTurns);
