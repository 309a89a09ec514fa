using NixClaw.Bindings;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Builds the sync service's target list from declared agents and the runtime roster.</summary>
public static class SyncTargets
{
    /// <summary>Interval of runtime agents (the seed's 15 minutes).</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(15);

    /// <summary>Declared agents with their intervals, then runtime agents with <see cref="DefaultInterval"/>.</summary>
    public static IReadOnlyList<SyncTarget> From(WorkspaceLayout layout, IReadOnlyList<AgentInfo> declared, IAgentRoster? roster)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(declared);
        var targets = declared.Select(a => new SyncTarget(a.Id, layout.WorkspaceOf(a.Id), a.SyncInterval)).ToList();
        if (roster is not null)
        {
            targets.AddRange(roster.RuntimeAgents()
                .Where(r => targets.TrueForAll(t => t.AgentId != r.Id))
                .Select(r => new SyncTarget(r.Id, layout.WorkspaceOf(r.Id), DefaultInterval)));
        }

        return targets;
    }
}
