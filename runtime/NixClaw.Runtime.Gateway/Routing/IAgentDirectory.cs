using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>Channel → agent, resolved from the current roster on every call (so roster edits apply to the next post).</summary>
internal interface IAgentDirectory
{
    /// <summary>The agent bound to the post's channel, or null for an unbound channel.</summary>
    ResolvedAgent? Route(InboundPost post);

    /// <summary>All agents now in the roster (for <c>/status</c>).</summary>
    IReadOnlyList<ResolvedAgent> Agents { get; }
}
