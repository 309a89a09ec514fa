using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// The declared tools of each agent (exec in its sandbox, workspace file tools, web search, its C# tools), built once per agent and
/// workspace by <see cref="AgentTools.Create"/>. Agents added at run time (no C# declaration) declare no tools and
/// get none. The caller supplies each agent's environment (its sandbox, Brave endpoint, HTTP client).
/// </summary>
public sealed class SandboxAgentTools(Func<ResolvedAgent, AgentToolEnvironment> environmentFor) : IAgentToolSource
{
    private readonly ConcurrentDictionary<(string Id, string Workspace), IReadOnlyList<AITool>> _tools = new();

    /// <inheritdoc/>
    public IReadOnlyList<AITool> ToolsFor(ResolvedAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (agent.Declaration is not { Tools.Count: > 0 } declaration)
        {
            return [];
        }

        return _tools.GetOrAdd((agent.Id, agent.WorkspaceDirectory), _ =>
        {
            Directory.CreateDirectory(agent.WorkspaceDirectory);
            return [.. AgentTools.Create(declaration, environmentFor(agent))];
        });
    }
}
