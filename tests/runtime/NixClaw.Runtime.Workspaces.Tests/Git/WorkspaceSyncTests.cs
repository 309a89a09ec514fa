using NixClaw.Fakes.Gitea;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

public sealed class WorkspaceSyncTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Local_changes_are_committed_with_the_file_names_and_pushed_then_the_next_sync_is_up_to_date()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("alpha");
        var sync = gitea.Sync();

        File.WriteAllText(Path.Combine(workspace, "notes.md"), "hello\n");
        File.AppendAllText(Path.Combine(workspace, "AGENTS.md"), "more\n");
        var result = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        Assert.Equal(["AGENTS.md", "notes.md"], result.CommittedFiles);
        Assert.Equal(1, result.PushedCommits);
        Assert.Equal("hello\n", gitea.RemoteFile("alpha", "notes.md"));
        using (var repo = GiteaFixture.OpenWorkspace(workspace))
        {
            Assert.StartsWith("Sync: 2 files changed (AGENTS.md, notes.md)", repo.Head.Tip.Message, StringComparison.Ordinal);
            Assert.Contains("added: notes.md", repo.Head.Tip.Message, StringComparison.Ordinal);
            Assert.Contains("modified: AGENTS.md", repo.Head.Tip.Message, StringComparison.Ordinal);
        }

        Assert.Subset(gitea.RemoteCommits("alpha"), GiteaFixture.LocalCommits(workspace));
        var again = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);
        Assert.Equal(SyncOutcome.UpToDate, again.Outcome);
        Assert.Equal(SyncOutcome.UpToDate, SyncState.Read(gitea.Layout, "alpha")!.Outcome);
    }

    [Fact]
    public async Task An_idle_workspace_makes_no_request_when_remote_checks_are_off()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("idle");
        var sync = gitea.Sync(gitea.Git with { CheckRemoteWhenIdle = false });
        var before = gitea.Server.RequestsReceived;

        var result = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.UpToDate, result.Outcome);
        Assert.Equal(before, gitea.Server.RequestsReceived);
    }

    [Fact]
    public async Task An_idle_workspace_picks_up_remote_commits_and_otherwise_only_lists_refs()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("pull");
        var sync = gitea.Sync();
        var before = gitea.Server.RequestsReceived;
        Assert.Equal(SyncOutcome.UpToDate, (await sync.SyncAsync(Path.GetFileName(workspace), null, Ct)).Outcome);
        Assert.DoesNotContain(gitea.Server.Requests.Where(r => r.Sequence > before), r => r.Method == "POST"); // ref listing only, no pack exchange

        var elsewhere = gitea.CloneElsewhere("pull");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "remote.md", "from the laptop\n", "laptop edit");
        var result = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        Assert.Equal(1, result.PulledCommits);
        Assert.Equal("from the laptop\n", File.ReadAllText(Path.Combine(workspace, "remote.md")));
    }

    [Fact]
    public async Task Concurrent_remote_and_local_changes_to_different_files_are_merged_and_every_commit_reaches_the_remote()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("both");
        var elsewhere = gitea.CloneElsewhere("both");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "remote.md", "remote\n", "remote edit");
        File.WriteAllText(Path.Combine(workspace, "local.md"), "local\n");

        var result = await gitea.Sync().SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        Assert.Empty(result.Conflicts);
        Assert.Equal(1, result.PulledCommits);
        var remote = gitea.RemoteCommits("both");
        Assert.Subset(remote, GiteaFixture.LocalCommits(workspace));
        Assert.Subset(remote, GiteaFixture.LocalCommits(elsewhere));
        Assert.Equal("remote\n", gitea.RemoteFile("both", "remote.md"));
        Assert.Equal("local\n", gitea.RemoteFile("both", "local.md"));
    }

    [Fact]
    public async Task A_conflict_keeps_both_versions_reports_them_and_pushes_every_commit()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("clash");
        var elsewhere = gitea.CloneElsewhere("clash");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "AGENTS.md", "remote version\n", "remote edit");
        var remoteSha = GitCli.Run(elsewhere, "rev-parse", "HEAD");
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "local version\n");

        var result = await gitea.Sync().SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        var conflict = Assert.Single(result.Conflicts);
        var remoteCopy = "AGENTS.md.remote-" + remoteSha[..7];
        Assert.Equal(["AGENTS.md", remoteCopy], conflict.KeptAs);
        Assert.Equal("local version\n", File.ReadAllText(Path.Combine(workspace, "AGENTS.md")));
        Assert.Equal("remote version\n", File.ReadAllText(Path.Combine(workspace, remoteCopy)));
        Assert.Equal("local version\n", gitea.RemoteFile("clash", "AGENTS.md"));
        Assert.Equal("remote version\n", gitea.RemoteFile("clash", remoteCopy));
        var remote = gitea.RemoteCommits("clash");
        Assert.Subset(remote, GiteaFixture.LocalCommits(workspace));
        Assert.Subset(remote, GiteaFixture.LocalCommits(elsewhere));
        using var repo = GiteaFixture.OpenWorkspace(workspace);
        Assert.Equal(2, repo.Head.Tip.Parents.Count());
        Assert.Contains("conflict (both modified): AGENTS.md", repo.Head.Tip.Message, StringComparison.Ordinal);
        Assert.Equal(SyncOutcome.UpToDate, (await gitea.Sync().SyncAsync(Path.GetFileName(workspace), null, Ct)).Outcome);
    }

    [Fact]
    public async Task Resolving_a_conflict_never_writes_through_a_symlink_an_agent_planted()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("planted");
        var victim = gitea.Temp.Combine("victim.txt");
        File.WriteAllText(victim, "outside the workspace\n");
        var elsewhere = gitea.CloneElsewhere("planted");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "AGENTS.md", "remote version\n", "remote edit");
        File.Delete(Path.Combine(workspace, "AGENTS.md"));
        File.CreateSymbolicLink(Path.Combine(workspace, "AGENTS.md"), victim);

        var result = await gitea.Sync().SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal("outside the workspace\n", File.ReadAllText(victim));
        Assert.Subset(gitea.RemoteCommits("planted"), GiteaFixture.LocalCommits(elsewhere));
    }

    [Fact]
    public async Task A_local_delete_against_a_remote_edit_keeps_the_edit()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("deledit");
        var elsewhere = gitea.CloneElsewhere("deledit");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "AGENTS.md", "edited remotely\n", "remote edit");
        File.Delete(Path.Combine(workspace, "AGENTS.md"));

        var result = await gitea.Sync().SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        Assert.Equal("deleted locally, modified remotely", Assert.Single(result.Conflicts).Kind);
        Assert.Equal("edited remotely\n", gitea.RemoteFile("deledit", "AGENTS.md"));
    }

    [Fact]
    public async Task A_remote_that_is_down_keeps_local_commits_and_the_next_sync_pushes_them()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("down");
        var sync = gitea.Sync();
        await gitea.Server.StopAsync();
        File.WriteAllText(Path.Combine(workspace, "offline.md"), "written while offline\n");

        var offline = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.RemoteUnavailable, offline.Outcome);
        Assert.Equal(["offline.md"], offline.CommittedFiles);
        var local = GiteaFixture.LocalCommits(workspace);
        File.WriteAllText(Path.Combine(workspace, "offline2.md"), "still offline\n");
        Assert.Equal(SyncOutcome.RemoteUnavailable, (await sync.SyncAsync(Path.GetFileName(workspace), null, Ct)).Outcome);

        await gitea.Server.RestartAsync(Ct);
        var back = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, back.Outcome);
        Assert.Equal(2, back.PushedCommits);
        Assert.Subset(gitea.RemoteCommits("down"), local);
        Assert.Subset(gitea.RemoteCommits("down"), GiteaFixture.LocalCommits(workspace));
    }

    [Fact]
    public async Task A_503_and_a_failed_request_mid_sync_are_retried_next_time()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("flaky");
        var sync = gitea.Sync();
        File.WriteAllText(Path.Combine(workspace, "a.md"), "a\n");
        gitea.Server.Faults.Unavailable = true;
        Assert.Equal(SyncOutcome.RemoteUnavailable, (await sync.SyncAsync(Path.GetFileName(workspace), null, Ct)).Outcome);
        gitea.Server.Faults.Unavailable = false;
        gitea.Server.Faults.FailMatching((method, path) => method == "POST" && path.EndsWith("/git-receive-pack", StringComparison.Ordinal), 500);
        File.WriteAllText(Path.Combine(workspace, "b.md"), "b\n");
        Assert.Equal(SyncOutcome.RemoteUnavailable, (await sync.SyncAsync(Path.GetFileName(workspace), null, Ct)).Outcome);

        var result = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, result.Outcome);
        Assert.Subset(gitea.RemoteCommits("flaky"), GiteaFixture.LocalCommits(workspace));
    }

    [Theory]
    [InlineData(PushRejection.PreReceiveHook)]
    [InlineData(PushRejection.Forbidden)]
    public async Task A_rejected_push_keeps_the_commit_and_it_is_pushed_once_accepted(PushRejection rejection)
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("reject");
        var sync = gitea.Sync();
        gitea.Server.Faults.PushRejection = rejection;
        var elsewhere = gitea.CloneElsewhere("reject");
        File.WriteAllText(Path.Combine(workspace, "kept.md"), "must not be lost\n");

        var rejected = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.PushRejected, rejected.Outcome);
        Assert.Null(gitea.RemoteFile("reject", "kept.md"));
        gitea.Server.Faults.PushRejection = PushRejection.None;
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "meanwhile.md", "remote\n", "meanwhile");
        var accepted = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, accepted.Outcome);
        Assert.Equal("must not be lost\n", gitea.RemoteFile("reject", "kept.md"));
        Assert.Subset(gitea.RemoteCommits("reject"), GiteaFixture.LocalCommits(workspace));
        Assert.Subset(gitea.RemoteCommits("reject"), GiteaFixture.LocalCommits(elsewhere));
    }

    [Fact]
    public async Task A_wrong_token_is_reported_as_an_authentication_failure_without_the_token()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("auth");
        var wrongTokenFile = gitea.Temp.Combine("wrong-token");
        File.WriteAllText(wrongTokenFile, "not-the-token-9876");
        File.WriteAllText(Path.Combine(workspace, "x.md"), "x\n");

        var result = await gitea.Sync(gitea.Git with { TokenFile = wrongTokenFile }).SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.AuthenticationFailed, result.Outcome);
        Assert.DoesNotContain("not-the-token-9876", result.Message ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(GiteaFixture.Token, File.ReadAllText(Path.Combine(gitea.Layout.GitDirectoryOf("auth"), "config")), StringComparison.Ordinal);
    }
}
