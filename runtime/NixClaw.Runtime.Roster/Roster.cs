namespace NixClaw.Runtime.Roster;

/// <summary>
/// An immutable roster snapshot: every agent (declared ∪ runtime) and the route bindings, with OpenClaw's routing
/// precedence. Snapshots are swapped whole, so a reader never sees half an edit.
/// </summary>
public sealed class Roster
{
    /// <summary>The channel plugin name this gateway routes.</summary>
    public const string MattermostChannel = "mattermost";

    /// <summary>OpenClaw's name for the account used when a binding names none.</summary>
    public const string DefaultAccountId = "default";

    private readonly Dictionary<string, RosterAgent> _byId;

    /// <summary>Creates a snapshot.</summary>
    /// <exception cref="ArgumentException">Two agents share an id, or a binding names an agent that is not in the roster.</exception>
    public Roster(IEnumerable<RosterAgent> agents, IEnumerable<RosterBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(bindings);
        Agents = [.. agents.OrderBy(a => a.Id, StringComparer.Ordinal)];
        Bindings = [.. bindings];
        _byId = new(StringComparer.Ordinal);
        foreach (var agent in Agents)
        {
            if (!_byId.TryAdd(agent.Id, agent))
            {
                throw new ArgumentException($"agent id \"{agent.Id}\" appears twice", nameof(agents));
            }
        }

        foreach (var binding in Bindings)
        {
            if (!_byId.ContainsKey(binding.AgentId))
            {
                throw new ArgumentException($"binding names unknown agent id \"{binding.AgentId}\"", nameof(bindings));
            }
        }
    }

    /// <summary>A roster with no agents.</summary>
    public static Roster Empty { get; } = new([], []);

    /// <summary>Every agent, sorted by id.</summary>
    public IReadOnlyList<RosterAgent> Agents { get; }

    /// <summary>Route bindings in file order (first match wins inside a precedence tier).</summary>
    public IReadOnlyList<RosterBinding> Bindings { get; }

    /// <summary>The agent with this id, or null.</summary>
    public RosterAgent? FindAgent(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }

    /// <summary>
    /// Chooses the agent for a Mattermost message, with OpenClaw's precedence plus NixClaw's declared channels:
    /// exact peer binding → declared channel name → peer wildcard (<c>id: "*"</c>) → binding without peer for this
    /// account → binding without peer for <c>accountId: "*"</c> → the sole agent when the roster has exactly one.
    /// </summary>
    /// <param name="channelId">The Mattermost channel id the message was posted in.</param>
    /// <param name="channelName">The channel's name (URL name), if known; matched against declared channels.</param>
    /// <param name="accountId">The Mattermost account (bot) id in OpenClaw's sense; <c>default</c> for the one declared bot.</param>
    /// <param name="peerKind"><c>channel</c> (public and private channels), <c>group</c> or <c>direct</c>.</param>
    /// <returns>The agent, or null when nothing matches and more than one agent exists (OpenClaw fails closed too).</returns>
    public RosterAgent? RouteMattermost(string channelId, string? channelName, string accountId = DefaultAccountId, string peerKind = "channel")
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(accountId);
        ArgumentNullException.ThrowIfNull(peerKind);

        RosterBinding? exactPeer = null, wildcardPeer = null, exactAccount = null, anyAccount = null;
        foreach (var binding in Bindings)
        {
            if (binding.Channel != MattermostChannel || !AccountMatches(binding.AccountId, accountId))
            {
                continue;
            }

            if (binding.PeerKind is not null)
            {
                if (binding.PeerKind != peerKind)
                {
                    continue;
                }

                if (binding.PeerId == channelId)
                {
                    exactPeer ??= binding;
                }
                else if (binding.PeerId == "*")
                {
                    wildcardPeer ??= binding;
                }
            }
            else if (binding.AccountId == "*")
            {
                anyAccount ??= binding;
            }
            else
            {
                exactAccount ??= binding;
            }
        }

        if (exactPeer is not null)
        {
            return _byId[exactPeer.AgentId];
        }

        // A declared channel is the C# form of an exact peer binding (the channel id is only known at run time).
        if (channelName is not null && peerKind == "channel"
            && Agents.FirstOrDefault(a => a.IsDeclared && a.DeclaredChannel == channelName) is { } declared)
        {
            return declared;
        }

        var broader = wildcardPeer ?? exactAccount ?? anyAccount;
        if (broader is not null)
        {
            return _byId[broader.AgentId];
        }

        // OpenClaw's last tier: the fallback owner is the sole agent; with several agents routing fails closed.
        return Agents.Count == 1 ? Agents[0] : null;
    }

    /// <summary>Whether both snapshots hold the same agents and the same bindings in the same order.</summary>
    public bool ContentEquals(Roster other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Agents.SequenceEqual(other.Agents) && Bindings.SequenceEqual(other.Bindings);
    }

    // An omitted accountId means the default account only; "*" means any account.
    private static bool AccountMatches(string? bound, string accountId) =>
        bound switch
        {
            null => accountId == DefaultAccountId,
            "*" => true,
            _ => bound == accountId,
        };
}
