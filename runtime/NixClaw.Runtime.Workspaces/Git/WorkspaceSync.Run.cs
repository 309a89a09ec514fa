using System.Diagnostics;

namespace NixClaw.Runtime.Workspaces.Git;

public sealed partial class WorkspaceSync
{
    /// <summary>What one sync has done so far.</summary>
    private sealed class Run(string agentId, string workspace, long started)
    {
        public string AgentId { get; } = agentId;

        public string Workspace { get; } = workspace;

        public SyncStage Stage { get; set; } = SyncStage.Local;

        public List<string> CommittedFiles { get; } = [];

        public int PulledCommits { get; set; }

        public int PushedCommits { get; set; }

        public List<SyncConflict> Conflicts { get; } = [];

        public bool Changed => CommittedFiles.Count > 0 || PulledCommits > 0 || PushedCommits > 0 || Conflicts.Count > 0;

        public WorkspaceSyncResult Finish(SyncOutcome outcome, string? message) =>
            new(AgentId, Workspace, outcome, [.. CommittedFiles], PulledCommits, PushedCommits, [.. Conflicts], message, Stopwatch.GetElapsedTime(started));
    }
}
