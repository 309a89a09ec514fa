namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Settings of <see cref="SyncService"/>.</summary>
public sealed record SyncServiceOptions
{
    /// <summary>Workspaces synced at the same time (network-bound, so more than the core count helps).</summary>
    public int MaxParallelism { get; init; } = 8;

    /// <summary>How often the periodic loop looks for workspaces whose interval has elapsed.</summary>
    public TimeSpan TickInterval { get; init; } = TimeSpan.FromMinutes(1);
}
