using Microsoft.Extensions.AI;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Supplies the functions an agent may call during a turn (exec, files, web search).</summary>
public interface IAgentToolSource
{
    /// <summary>The agent's tools; empty for none.</summary>
    IReadOnlyList<AITool> ToolsFor(ResolvedAgent agent);
}
