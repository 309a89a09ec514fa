namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>The result of syncing one workspace.</summary>
/// <param name="AgentId">The agent whose workspace this is.</param>
/// <param name="Workspace">Workspace folder.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="CommittedFiles">Files in the commit made from local changes (empty when none).</param>
/// <param name="PulledCommits">Remote commits integrated.</param>
/// <param name="PushedCommits">Commits the remote did not have before the push.</param>
/// <param name="Conflicts">Conflicts resolved by keeping both sides.</param>
/// <param name="Message">Error or notice, never containing a secret.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record WorkspaceSyncResult(
    string AgentId,
    string Workspace,
    SyncOutcome Outcome,
    IReadOnlyList<string> CommittedFiles,
    int PulledCommits,
    int PushedCommits,
    IReadOnlyList<SyncConflict> Conflicts,
    string? Message,
    TimeSpan Elapsed)
{
    /// <summary>Whether the workspace and its remote agree now.</summary>
    public bool IsInSync => Outcome is SyncOutcome.UpToDate or SyncOutcome.Synced;
}
