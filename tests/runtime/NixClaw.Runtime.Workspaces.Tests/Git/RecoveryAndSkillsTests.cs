using LibGit2Sharp;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

public sealed class RecoveryAndSkillsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_merge_left_half_done_by_a_crash_is_finished_keeping_both_sides()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("crash");
        var elsewhere = gitea.CloneElsewhere("crash");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "AGENTS.md", "remote\n", "remote edit");
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "local\n");
        var sync = gitea.Sync();
        using (var repo = GiteaFixture.OpenWorkspace(workspace))
        {
            // What a sync killed between "merge" and "commit" leaves behind: MERGE_HEAD and a conflicted index.
            Commands.Stage(repo, "*");
            var me = new Signature("t", "t@localhost", DateTimeOffset.UtcNow);
            repo.Commit("local edit", me, me);
            Commands.Fetch(repo, "origin", ["+refs/heads/main:refs/remotes/origin/main"], new FetchOptions { CredentialsProvider = (_, _, _) => new UsernamePasswordCredentials { Username = GiteaFixture.Login, Password = GiteaFixture.Token } }, null);
            var result = repo.Merge(repo.Branches["origin/main"].Tip, me, new MergeOptions { CommitOnSuccess = false });
            Assert.Equal(MergeStatus.Conflicts, result.Status);
        }

        var recovered = await sync.SyncAsync(Path.GetFileName(workspace), null, Ct);

        Assert.Equal(SyncOutcome.Synced, recovered.Outcome);
        Assert.Equal("AGENTS.md", Assert.Single(recovered.Conflicts).Path);
        Assert.Equal("local\n", gitea.RemoteFile("crash", "AGENTS.md"));
        Assert.Subset(gitea.RemoteCommits("crash"), GiteaFixture.LocalCommits(elsewhere));
        using var after = GiteaFixture.OpenWorkspace(workspace);
        Assert.Equal(CurrentOperation.None, after.Info.CurrentOperation);
        Assert.DoesNotContain("<<<<<<<", File.ReadAllText(Path.Combine(workspace, "AGENTS.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_index_lock_left_by_a_killed_sync_is_removed_and_a_fresh_one_is_respected()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("locked");
        var indexLock = Path.Combine(gitea.Layout.GitDirectoryOf("locked"), "index.lock");
        File.WriteAllText(indexLock, "");
        File.WriteAllText(Path.Combine(workspace, "a.md"), "a\n");

        var fresh = await gitea.Sync().SyncAsync("locked", null, Ct);
        File.SetLastWriteTimeUtc(indexLock, DateTime.UtcNow.AddHours(-1));
        var stale = await gitea.Sync().SyncAsync("locked", null, Ct);

        Assert.Equal(SyncOutcome.Failed, fresh.Outcome); // another sync may hold it: left alone, reported
        Assert.True(stale.Outcome == SyncOutcome.Synced, stale.Message);
        Assert.Equal("a\n", gitea.RemoteFile("locked", "a.md"));
    }

    [Fact]
    public async Task A_workspaces_folder_reached_through_a_host_symlink_still_syncs()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await gitea.NewSyncedWorkspaceAsync("home");
        var linkedRoot = gitea.Temp.Combine("linked-ws");
        Directory.CreateSymbolicLink(linkedRoot, gitea.Layout.WorkspacesRoot);
        var layout = gitea.Layout with { WorkspacesRoot = linkedRoot };
        File.WriteAllText(Path.Combine(layout.WorkspaceOf("home"), "b.md"), "b\n");

        var result = await new WorkspaceSync(gitea.Git, layout).SyncAsync("home", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal("b\n", gitea.RemoteFile("home", "b.md"));
    }

    [Fact]
    public async Task A_workspace_folder_with_foreign_files_is_refused_not_adopted()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var folder = Directory.CreateDirectory(gitea.Layout.WorkspaceOf("foreign")).FullName;
        File.WriteAllText(Path.Combine(folder, "private.txt"), "someone's file");

        var error = Assert.Throws<InvalidOperationException>(() => WorkspaceRepository.Ensure(gitea.Layout, "foreign", gitea.Git));

        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(gitea.Layout.GitDirectoryOf("foreign")));
        Assert.False(Directory.Exists(Path.Combine(folder, ".git")));
        Assert.Throws<ArgumentException>(() => WorkspaceRepository.CloneOrUpdate(new Uri(gitea.Server.BaseUrl, "/NixClaw/a.git").ToString().Replace("http://", "http://user:secret@", StringComparison.Ordinal) is var u ? new Uri(u) : null!, gitea.Temp.Combine("x"), gitea.Git));
        Assert.Throws<ArgumentException>(() => WorkspaceRepository.CloneOrUpdate(new Uri("http://127.0.0.2:1/NixClaw/a.git"), gitea.Temp.Combine("x"), gitea.Git));
    }

    [Fact]
    public async Task Clone_skills_clones_then_fast_forwards()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new GiteaCreateRepository("skills", "", true, "main"), Ct);
        var target = gitea.Temp.Combine("skills");
        Assert.Null(WorkspaceRepository.CloneOrUpdate(gitea.Server.CloneUrl("NixClaw", "skills"), target, gitea.Git)); // empty remote

        var author = gitea.Temp.Combine("author");
        GitCli.Clone(gitea.Server.CloneUrl("NixClaw", "skills"), GiteaFixture.Login, GiteaFixture.Token, author);
        GitCli.CommitAndPush(author, GiteaFixture.Login, GiteaFixture.Token, "web.md", "# web skill\n", "add web skill");
        var first = WorkspaceRepository.CloneOrUpdate(gitea.Server.CloneUrl("NixClaw", "skills"), target, gitea.Git);
        Assert.Equal(GitCli.Run(author, "rev-parse", "HEAD"), first);
        Assert.Equal("# web skill\n", File.ReadAllText(Path.Combine(target, "web.md")));

        GitCli.CommitAndPush(author, GiteaFixture.Login, GiteaFixture.Token, "git.md", "# git skill\n", "add git skill");
        var second = WorkspaceRepository.CloneOrUpdate(gitea.Server.CloneUrl("NixClaw", "skills"), target, gitea.Git);

        Assert.Equal(GitCli.Run(author, "rev-parse", "HEAD"), second);
        Assert.True(File.Exists(Path.Combine(target, "git.md")));
        Assert.DoesNotContain(GiteaFixture.Token, File.ReadAllText(Path.Combine(target, ".git", "config")), StringComparison.Ordinal);
    }
}
