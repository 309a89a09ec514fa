using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Routes with the roster's <see cref="IRosterSource.Current"/> snapshot, read anew for every post, so an edit of
/// <c>agents.json5</c>/<c>bindings.json5</c> applies to the very next message. Declared agents keep their declared
/// limits; agents added at run time get <see cref="DefaultMaxTurns"/>.
/// </summary>
internal sealed class RosterAgentDirectory : IAgentDirectory
{
    /// <summary>Model calls per turn for agents that were not declared in C#.</summary>
    public const int DefaultMaxTurns = 8;

    private readonly IRosterSource _roster;
    private readonly Dictionary<string, AgentInfo> _declared;
    private readonly string _workspacesDirectory;
    private readonly string _homeDirectory;

    public RosterAgentDirectory(IRosterSource roster, IReadOnlyList<AgentInfo> declared, string workspacesDirectory, string homeDirectory)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(declared);
        _roster = roster;
        _declared = declared.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _workspacesDirectory = workspacesDirectory;
        _homeDirectory = homeDirectory;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ResolvedAgent> Agents => [.. _roster.Current.Agents.Select(Resolve)];

    /// <inheritdoc/>
    public ResolvedAgent? Route(InboundPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var agent = _roster.Current.RouteMattermost(post.ChannelId, post.ChannelName.Length > 0 ? post.ChannelName : null, Roster.Roster.DefaultAccountId, post.PeerKind);
        return agent is null ? null : Resolve(agent);
    }

    private ResolvedAgent Resolve(RosterAgent agent)
    {
        var declaration = _declared.GetValueOrDefault(agent.Id);
        var workspace = agent.Workspace is { Length: > 0 } written
            ? ExpandHome(written)
            : Path.Combine(_workspacesDirectory, agent.Id);
        return new ResolvedAgent(
            agent.Id,
            agent.Name ?? declaration?.DisplayName ?? agent.Id,
            agent.Model ?? declaration?.Model ?? "",
            declaration?.MaxTurns ?? DefaultMaxTurns,
            Path.GetFullPath(workspace),
            declaration);
    }

    private string ExpandHome(string path) =>
        path == "~" ? _homeDirectory
        : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(_homeDirectory, path[2..])
        : path;
}
