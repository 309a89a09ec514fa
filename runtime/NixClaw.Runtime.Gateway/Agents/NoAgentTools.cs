using Microsoft.Extensions.AI;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Agents answer with the model alone, calling no tools.</summary>
internal sealed class NoAgentTools : IAgentToolSource
{
    /// <summary>The shared instance.</summary>
    public static NoAgentTools Instance { get; } = new();

    /// <inheritdoc/>
    public IReadOnlyList<AITool> ToolsFor(ResolvedAgent agent) => [];
}
