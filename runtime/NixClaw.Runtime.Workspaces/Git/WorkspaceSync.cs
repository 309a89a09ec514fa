using System.Diagnostics;
using LibGit2Sharp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Syncs one workspace with its remote: commit every local change, fetch, merge remote commits (a conflict keeps
/// both versions), push. Nothing local is ever discarded: when the remote is down or refuses the push, the local
/// commits stay and the next sync pushes them.
/// </summary>
/// <remarks>
/// Merge rather than rebase, so every commit of both sides keeps its id and ends up on the remote. An idle
/// workspace (clean, not ahead) costs a status check plus, when <see cref="GitOptions.CheckRemoteWhenIdle"/> is
/// set, one ref listing of the remote; it fetches only when the remote moved.
/// </remarks>
public sealed partial class WorkspaceSync
{
    private static readonly StatusOptions s_status = new()
    {
        IncludeUntracked = true,
        RecurseUntrackedDirs = true,
        IncludeIgnored = false,
        DetectRenamesInIndex = false,
        DetectRenamesInWorkDir = false,
        DisablePathSpecMatch = true,
        // Never look into gitlinks: libgit2 would open the nested repository (a .git the agent planted) to ask its status.
        ExcludeSubmodules = true,
    };

    private readonly GitOptions _options;
    private readonly WorkspaceLayout _layout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="options">Remote, credentials, branch and identity (the remote URL of each workspace is built from these).</param>
    /// <param name="layout">Where each agent's work tree and git directory are.</param>
    /// <param name="time">Clock for commit times and the sync state.</param>
    /// <param name="logger">Logger.</param>
    public WorkspaceSync(GitOptions options, WorkspaceLayout layout, TimeProvider? time = null, ILogger<WorkspaceSync>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(layout);
        _options = options;
        _layout = layout;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>
    /// Syncs the workspace of <paramref name="agentId"/> (work tree <see cref="WorkspaceLayout.WorkspaceOf"/>, git
    /// directory <see cref="WorkspaceLayout.GitDirectoryOf"/>, remote <see cref="GitOptions.RemoteUrlOf"/>), refreshing
    /// the <paramref name="shared"/> files first when given. Never throws for a problem of the workspace: every failure
    /// is the result's <see cref="SyncOutcome.Failed"/> (or another outcome) with a message.
    /// </summary>
    public Task<WorkspaceSyncResult> SyncAsync(string agentId, SharedFiles? shared = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        _ = _layout.WorkspaceOf(agentId); // validates the id before anything touches the disk
        // libgit2 calls block; keep them off the caller's thread.
        return Task.Run(() => Sync(agentId, shared, cancellationToken), cancellationToken);
    }

    private WorkspaceSyncResult Sync(string agentId, SharedFiles? shared, CancellationToken cancellationToken)
    {
        var workspace = _layout.WorkspaceOf(agentId);
        var run = new Run(agentId, workspace, Stopwatch.GetTimestamp());
        WorkspaceSyncResult result;
        try
        {
            using var repo = WorkspaceRepository.Open(_layout, agentId, _options);
            shared?.Refresh(workspace); // only into a provisioned workspace
            result = SyncRepository(repo, run, cancellationToken);
        }
        catch (RepositoryNotFoundException e)
        {
            result = run.Finish(SyncOutcome.Failed, e.Message);
        }
        catch (LibGit2SharpException e)
        {
            result = run.Finish(Classify(e, run.Stage), Describe(e, run.Stage));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever the workspace holds (a folder where a file was, a FIFO, a file we may not read), it is this
            // workspace's failure, recorded and reported; it never reaches the caller or the other workspaces.
            result = run.Finish(SyncOutcome.Failed, $"{run.Stage.ToString().ToLowerInvariant()}: {e.GetType().Name}: {e.Message}");
        }

        Record(agentId, result);
        return result;
    }

    private WorkspaceSyncResult SyncRepository(Repository repo, Run run, CancellationToken cancellationToken)
    {
        var remote = repo.Network.Remotes[_options.RemoteName]
            ?? throw new InvalidOperationException($"workspace '{run.Workspace}' has no remote '{_options.RemoteName}'");
        var tracking = $"refs/remotes/{remote.Name}/{_options.Branch}";
        var credentials = GitCredentials.For(_options);

        RecoverInterruptedOperation(repo);
        CommitLocalChanges(repo, run);
        cancellationToken.ThrowIfCancellationRequested();

        if (run.CommittedFiles.Count == 0 && AheadBy(repo, tracking) == 0)
        {
            if (!_options.CheckRemoteWhenIdle)
            {
                return run.Finish(SyncOutcome.UpToDate, null);
            }

            run.Stage = SyncStage.CheckRemote;
            var remoteTip = repo.Network.ListReferences(remote, credentials)
                .FirstOrDefault(r => r.CanonicalName == "refs/heads/" + _options.Branch)?.TargetIdentifier;
            if (remoteTip == repo.Refs[tracking]?.TargetIdentifier)
            {
                return run.Finish(SyncOutcome.UpToDate, null);
            }
        }

        string? rejection = null;
        var ahead = AheadBy(repo, tracking);
        if (ahead > 0 && repo.Refs[tracking] is not null)
        {
            // Push first: libgit2 refuses a non-fast-forward against the refs the server advertises, so this cannot
            // overwrite anything, and when the remote has not moved it saves the fetch round trip.
            run.Stage = SyncStage.Push;
            rejection = Push(repo, remote, credentials);
            if (rejection is null)
            {
                repo.Refs.Add(tracking, repo.Head.Tip.Id, allowOverwrite: true);
                run.PushedCommits += ahead;
                return run.Finish(SyncOutcome.Synced, null);
            }

            if (!IsRetryable(rejection))
            {
                return run.Finish(SyncOutcome.PushRejected, rejection);
            }
        }

        for (var attempt = 1; attempt <= _options.MaxPushAttempts; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Stage = SyncStage.Fetch;
            Commands.Fetch(repo, remote.Name, [$"+refs/heads/{_options.Branch}:{tracking}"], WorkspaceRepository.FetchOptions(_options), null);

            run.Stage = SyncStage.Integrate;
            Integrate(repo, tracking, run);

            ahead = AheadBy(repo, tracking);
            if (ahead == 0)
            {
                return run.Finish(run.Changed ? SyncOutcome.Synced : SyncOutcome.UpToDate, null);
            }

            run.Stage = SyncStage.Push;
            rejection = Push(repo, remote, credentials);
            if (rejection is null)
            {
                repo.Refs.Add(tracking, repo.Head.Tip.Id, allowOverwrite: true);
                run.PushedCommits += ahead;
                return run.Finish(SyncOutcome.Synced, null);
            }

            if (!IsRetryable(rejection))
            {
                break; // declined by the server (hook, permission): retrying now would be declined again
            }
        }

        return run.Finish(SyncOutcome.PushRejected, rejection);
    }

    /// <returns>null when pushed; otherwise why the server or libgit2 refused.</returns>
    private string? Push(Repository repo, Remote remote, LibGit2Sharp.Handlers.CredentialsHandler credentials)
    {
        string? statusError = null;
        var options = new PushOptions
        {
            CredentialsProvider = credentials,
            OnPushStatusError = e => statusError = $"{e.Reference}: {e.Message}",
        };
        try
        {
            repo.Network.Push(remote, $"refs/heads/{_options.Branch}:refs/heads/{_options.Branch}", options);
        }
        catch (NonFastForwardException)
        {
            return "non-fast-forward: the remote moved since the fetch";
        }

        return statusError;
    }

    /// <summary>The remote moved under us (rather than a hook or permission refusing): fetch, merge and push again.</summary>
    private static bool IsRetryable(string rejection) =>
        rejection.Contains("non-fast-forward", StringComparison.OrdinalIgnoreCase)
        || rejection.Contains("fetch first", StringComparison.OrdinalIgnoreCase)
        || rejection.Contains("failed to lock", StringComparison.OrdinalIgnoreCase);

    private static int AheadBy(Repository repo, string tracking)
    {
        var head = repo.Head.Tip;
        if (head is null)
        {
            return 0;
        }

        var remote = repo.Refs[tracking] is { } r ? repo.Lookup<Commit>(r.TargetIdentifier) : null;
        if (remote is null)
        {
            return repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = head }).Count();
        }

        return head.Id == remote.Id ? 0 : repo.ObjectDatabase.CalculateHistoryDivergence(head, remote).AheadBy ?? 1;
    }

    private static SyncOutcome Classify(LibGit2SharpException e, SyncStage stage) =>
        stage switch
        {
            _ when GitCredentials.IsAuthenticationFailure(e) => SyncOutcome.AuthenticationFailed,
            _ when IsForeignChallenge(e) => SyncOutcome.Failed,
            SyncStage.Push when e.Message.Contains("403", StringComparison.Ordinal) => SyncOutcome.PushRejected,
            SyncStage.CheckRemote or SyncStage.Fetch or SyncStage.Push => SyncOutcome.RemoteUnavailable,
            _ => SyncOutcome.Failed,
        };

    private static string Describe(LibGit2SharpException e, SyncStage stage) =>
        $"{stage.ToString().ToLowerInvariant()}: {e.Message}"
        + (IsForeignChallenge(e) ? " (a server other than the declared Gitea asked for credentials, after a redirect; none were sent)" : "");

    /// <summary>libgit2's words when <see cref="GitCredentials"/> declined to answer a challenge.</summary>
    private static bool IsForeignChallenge(LibGit2SharpException e) =>
        e.Message.Contains("no callback set", StringComparison.OrdinalIgnoreCase);

    private void Record(string agentId, WorkspaceSyncResult result)
    {
        var gitDirectory = _layout.GitDirectoryOf(agentId);
        try
        {
            if (Directory.Exists(gitDirectory))
            {
                var previous = SyncState.Read(gitDirectory);
                var now = _time.GetUtcNow();
                SyncState.Write(gitDirectory, new SyncState(now, result.IsInSync ? now : previous?.LastSuccess, result.Outcome, result.Message));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.StateNotWritten(_logger, result.Workspace, e.Message);
        }

        if (result.IsInSync)
        {
            Log.Synced(_logger, result.Workspace, result.Outcome, result.CommittedFiles.Count, result.PulledCommits, result.PushedCommits, result.Conflicts.Count);
        }
        else
        {
            Log.NotSynced(_logger, result.Workspace, result.Outcome, result.Message ?? "");
        }
    }

    private Signature Signature() => new(_options.AuthorName, _options.AuthorEmail, _time.GetUtcNow());

    private static partial class Log
    {
        [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Debug, Message = "Workspace {Workspace}: {Outcome} (committed {Files} files, pulled {Pulled}, pushed {Pushed}, conflicts {Conflicts})")]
        public static partial void Synced(ILogger logger, string workspace, SyncOutcome outcome, int files, int pulled, int pushed, int conflicts);

        [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Workspace {Workspace}: {Outcome}: {Reason}; local commits kept, retried next sync")]
        public static partial void NotSynced(ILogger logger, string workspace, SyncOutcome outcome, string reason);

        [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = "Workspace {Workspace}: sync state not written: {Reason}")]
        public static partial void StateNotWritten(ILogger logger, string workspace, string reason);

        [LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Information, Message = "Workspace {Workspace}: {Path} not committed: {Reason}")]
        public static partial void Skipped(ILogger logger, string workspace, string path, string reason);
    }
}
