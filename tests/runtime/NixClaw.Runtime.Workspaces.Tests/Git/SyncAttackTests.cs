using LibGit2Sharp;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

/// <summary>
/// Everything in a workspace is the agent's. Each test plants an attack the way an agent could (by writing
/// files in its workspace: <c>exec</c> runs in a sandbox with the workspace mounted read-write), runs sync on the host,
/// and checks that no host file outside the workspace was read or written (markers absent, outside files unchanged,
/// nothing outside pushed), that no credential went anywhere but the declared Gitea, that no commit was lost, and that
/// the other workspaces were still synced.
/// </summary>
public sealed partial class SyncAttackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_planted_git_folder_with_config_hooks_worktree_fsmonitor_and_include_is_inert_data()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await using var trap = new CredentialTrap();
        var host = new HostFiles(gitea);
        var workspace = await gitea.NewSyncedWorkspaceAsync("dotgit");
        var planted = Directory.CreateDirectory(Path.Combine(workspace, ".git")).FullName;
        var hooks = Directory.CreateDirectory(Path.Combine(planted, "hooks")).FullName;
        foreach (var hook in new[] { "pre-commit", "post-commit", "commit-msg", "pre-push", "post-merge", "post-checkout", "reference-transaction" })
        {
            host.Script(Path.Combine(hooks, hook), "hook-" + hook);
        }

        var hooksPath = Directory.CreateDirectory(Path.Combine(workspace, "myhooks")).FullName;
        host.Script(Path.Combine(hooksPath, "pre-commit"), "hookspath");
        var fsmonitor = host.Script(Path.Combine(workspace, "fsmonitor.sh"), "fsmonitor");
        File.WriteAllText(Path.Combine(planted, "config"), $"""
            [core]
            	worktree = {host.Folder}
            	hooksPath = {hooksPath}
            	fsmonitor = {fsmonitor}
            [include]
            	path = {host.Secret}
            [remote "origin"]
            	url = {trap.Url}NixClaw/dotgit.git
            	pushurl = {trap.Url}NixClaw/dotgit.git
            [url "{trap.Url}"]
            	insteadOf = {gitea.Server.BaseUrl}
            """);
        File.WriteAllText(Path.Combine(planted, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(workspace, "notes.md"), "the agent's own work\n");

        var result = await gitea.Sync().SyncAsync("dotgit", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Contains("notes.md", result.CommittedFiles);
        Assert.DoesNotContain(result.CommittedFiles, f => f.StartsWith(".git/", StringComparison.Ordinal));
        Assert.Equal("the agent's own work\n", gitea.RemoteFile("dotgit", "notes.md"));
        Assert.Empty(trap.Requests);
        host.AssertUntouched();
        Assert.False(gitea.RemoteContains("dotgit", host.SecretText));
        Assert.Equal(SyncOutcome.UpToDate, (await gitea.Sync().SyncAsync("dotgit", null, Ct)).Outcome);
    }

    [Fact]
    public async Task A_planted_git_file_pointing_at_another_repository_is_never_used()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var victim = await gitea.NewSyncedWorkspaceAsync("victim");
        File.WriteAllText(Path.Combine(victim, "victim-secret.md"), host.SecretText);
        Assert.Equal(SyncOutcome.Synced, (await gitea.Sync().SyncAsync("victim", null, Ct)).Outcome);
        var victimCommits = GiteaFixture.LocalCommits(victim);
        var workspace = await gitea.NewSyncedWorkspaceAsync("gitfile");
        File.WriteAllText(Path.Combine(workspace, ".git"), $"gitdir: {gitea.Layout.GitDirectoryOf("victim")}\n");
        var nested = Directory.CreateDirectory(Path.Combine(workspace, "nested")).FullName;
        File.WriteAllText(Path.Combine(nested, ".git"), $"gitdir: {gitea.Layout.GitDirectoryOf("victim")}\n");
        File.WriteAllText(Path.Combine(nested, "inside.md"), "in a folder the agent made a repository\n");
        File.WriteAllText(Path.Combine(workspace, "notes.md"), "mine\n");

        var result = await gitea.Sync().SyncAsync("gitfile", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal("mine\n", gitea.RemoteFile("gitfile", "notes.md"));
        Assert.False(gitea.RemoteContains("gitfile", host.SecretText));
        Assert.Empty(gitea.RemoteCommits("gitfile").Intersect(victimCommits));
        Assert.Equal(victimCommits, GiteaFixture.LocalCommits(victim));
        using var repo = GiteaFixture.OpenWorkspace(workspace);
        Assert.DoesNotContain(repo.Head.Tip.Tree, e => e.Mode == Mode.GitLink);
    }

    [Fact]
    public async Task Names_git_refuses_to_store_are_skipped_and_the_rest_still_syncs()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("names");
        foreach (var name in new[] { "GIT~1", ".GIT", ".git ", ".git." })
        {
            Directory.CreateDirectory(Path.Combine(workspace, name));
            File.WriteAllText(Path.Combine(workspace, name, "config"), "[core]\n\thooksPath = /tmp\n");
        }

        File.WriteAllText(Path.Combine(workspace, "fine.md"), "fine\n");

        var result = await gitea.Sync().SyncAsync("names", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal("fine\n", gitea.RemoteFile("names", "fine.md"));
        Assert.Equal(SyncOutcome.UpToDate, (await gitea.Sync().SyncAsync("names", null, Ct)).Outcome);
    }

    [Fact]
    public async Task Gitattributes_filters_and_gitmodules_never_run_anything_or_reach_a_server()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await using var trap = new CredentialTrap();
        var host = new HostFiles(gitea);
        var workspace = await gitea.NewSyncedWorkspaceAsync("attrs");
        var clean = host.Script(Path.Combine(workspace, "clean.sh"), "filter-clean");
        var smudge = host.Script(Path.Combine(workspace, "smudge.sh"), "filter-smudge");
        File.WriteAllText(Path.Combine(workspace, ".gitattributes"), "* filter=evil diff=evil merge=evil\n");
        // A filter driver needs config; the agent can only write it where it is inert (its .git), so plant it there too.
        Directory.CreateDirectory(Path.Combine(workspace, ".git"));
        File.WriteAllText(Path.Combine(workspace, ".git", "config"), $"[filter \"evil\"]\n\tclean = {clean}\n\tsmudge = {smudge}\n\trequired = true\n[diff \"evil\"]\n\ttextconv = {clean}\n");
        File.WriteAllText(Path.Combine(workspace, ".gitmodules"), $"[submodule \"sub\"]\n\tpath = sub\n\turl = {trap.Url}NixClaw/sub.git\n\tupdate = !{clean}\n");
        Directory.CreateDirectory(Path.Combine(workspace, "sub"));
        File.WriteAllText(Path.Combine(workspace, "data.txt"), "raw content\n");
        var elsewhere = gitea.CloneElsewhere("attrs");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "remote.md", "from elsewhere\n", "remote edit");

        var result = await gitea.Sync().SyncAsync("attrs", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal("raw content\n", gitea.RemoteFile("attrs", "data.txt"));
        Assert.Equal("from elsewhere\n", File.ReadAllText(Path.Combine(workspace, "remote.md")));
        Assert.Empty(trap.Requests);
        host.AssertUntouched();
    }

    [Fact]
    public async Task Symlinks_one_or_several_hops_to_outside_files_are_committed_as_links_and_never_followed()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var workspace = await gitea.NewSyncedWorkspaceAsync("links");
        File.CreateSymbolicLink(Path.Combine(workspace, "one-hop.md"), host.Secret);
        File.CreateSymbolicLink(Path.Combine(workspace, "hop2.md"), host.Secret);
        File.CreateSymbolicLink(Path.Combine(workspace, "hop1.md"), "hop2.md");
        Directory.CreateSymbolicLink(Path.Combine(workspace, "outside-dir"), host.Folder);
        File.WriteAllText(Path.Combine(workspace, "link-to-me.md"), "local\n");

        var result = await gitea.Sync().SyncAsync("links", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal(host.Secret, gitea.RemoteFile("links", "one-hop.md")); // a link object: git stores the target string
        Assert.Equal("hop2.md", gitea.RemoteFile("links", "hop1.md"));
        Assert.Equal(host.Folder, gitea.RemoteFile("links", "outside-dir"));
        Assert.False(gitea.RemoteContains("links", host.SecretText));

        // The remote then writes through the same names: sync must replace links, never write into their targets.
        var elsewhere = gitea.CloneElsewhere("links");
        File.Delete(Path.Combine(elsewhere, "outside-dir"));
        Directory.CreateDirectory(Path.Combine(elsewhere, "outside-dir"));
        File.Delete(Path.Combine(elsewhere, "hop1.md"));
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "outside-dir/planted.md", "remote\n", "remote writes under the folder link");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "hop1.md", "remote replaces the link\n", "remote replaces a link");
        var pulled = await gitea.Sync().SyncAsync("links", null, Ct);

        Assert.True(pulled.IsInSync, pulled.Message);
        host.AssertUntouched();
        Assert.False(File.Exists(Path.Combine(host.Folder, "planted.md")));
        Assert.Subset(gitea.RemoteCommits("links"), GiteaFixture.LocalCommits(elsewhere));
    }

    [Fact]
    public async Task Staging_refuses_a_path_reached_through_a_symlinked_folder_and_a_fifo()
    {
        // What a folder swapped for a link between status and add looks like to the stager: the path names a file
        // outside the work tree through the link. libgit2's own add would read it; WorkTreeBlobs must not.
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var workspace = await gitea.NewSyncedWorkspaceAsync("race");
        Directory.CreateSymbolicLink(Path.Combine(workspace, "swapped"), host.Folder);
        var fifo = Path.Combine(workspace, "pipe");
        GitCliMkfifo(fifo);
        using var repo = GiteaFixture.OpenWorkspace(workspace);

        Assert.Null(WorkTreeBlobs.Create(repo, workspace, "swapped/secret.txt"));
        Assert.Null(WorkTreeBlobs.Create(repo, workspace, "../" + Path.GetFileName(host.Folder) + "/secret.txt"));
        Assert.Null(WorkTreeBlobs.Create(repo, workspace, "pipe"));
        Assert.Equal(Mode.SymbolicLink, WorkTreeBlobs.Create(repo, workspace, "swapped")!.Value.Mode);
        Assert.Equal("# race\n", WorkTreeBlobs.Create(repo, workspace, "AGENTS.md")!.Value.Blob.GetContentText());

        var result = await gitea.Sync().SyncAsync("race", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Equal(["swapped"], result.CommittedFiles); // the FIFO is not something git stores
        Assert.False(gitea.RemoteContains("race", host.SecretText));
        host.AssertUntouched();

        // A tracked file turned into a FIFO must not block the pass either.
        File.Delete(Path.Combine(workspace, "AGENTS.md"));
        GitCliMkfifo(Path.Combine(workspace, "AGENTS.md"));
        var blocked = await gitea.Sync().SyncAsync("race", null, Ct).WaitAsync(TimeSpan.FromSeconds(60), Ct);
        Assert.True(blocked.IsInSync || blocked.Outcome == SyncOutcome.Failed, blocked.Message);
    }

    private static void GitCliMkfifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task A_sync_state_link_or_folder_planted_anywhere_is_never_written_through_and_never_stops_sync()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var workspace = await gitea.NewSyncedWorkspaceAsync("state");
        // The old attack: the temporary state file as a link to a host file, and the state file as a folder.
        Directory.CreateDirectory(Path.Combine(workspace, ".git"));
        File.CreateSymbolicLink(Path.Combine(workspace, ".git", "nixclaw-sync.json.tmp"), host.Secret);
        Directory.CreateDirectory(Path.Combine(workspace, ".git", "nixclaw-sync.json"));
        // And the same in the git directory itself (only the service could put them there; sync still copes).
        var gitDirectory = gitea.Layout.GitDirectoryOf("state");
        File.Delete(Path.Combine(gitDirectory, "nixclaw-sync.json"));
        Directory.CreateDirectory(Path.Combine(gitDirectory, "nixclaw-sync.json", "inner"));
        File.WriteAllText(Path.Combine(workspace, "notes.md"), "x\n");

        var result = await gitea.Sync().SyncAsync("state", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        host.AssertUntouched();
        Assert.Equal(SyncOutcome.Synced, SyncState.Read(gitea.Layout, "state")!.Outcome);
        Assert.True(File.Exists(Path.Combine(gitDirectory, "nixclaw-sync.json")));
    }

    [Fact]
    public async Task A_file_versus_folder_conflict_keeps_both_sides_and_every_later_sync_works()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("dirfile");
        var elsewhere = gitea.CloneElsewhere("dirfile");
        Directory.CreateDirectory(Path.Combine(elsewhere, "notes"));
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "notes/a.md", "remote folder\n", "remote makes a folder");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "plan", "remote file\n", "remote makes a file");
        File.WriteAllText(Path.Combine(workspace, "notes"), "local file\n");
        Directory.CreateDirectory(Path.Combine(workspace, "plan"));
        File.WriteAllText(Path.Combine(workspace, "plan", "b.md"), "local folder\n");

        var result = await gitea.Sync().SyncAsync("dirfile", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.NotEmpty(result.Conflicts);
        Assert.Equal("local file\n", gitea.RemoteFile("dirfile", "notes"));
        Assert.Equal("local folder\n", gitea.RemoteFile("dirfile", "plan/b.md"));
        var remoteSha = GitCli.Run(elsewhere, "rev-parse", "HEAD")[..7];
        Assert.Equal("remote folder\n", gitea.RemoteFile("dirfile", $"notes.remote-{remoteSha}/a.md"));
        Assert.Equal("remote file\n", gitea.RemoteFile("dirfile", $"plan.remote-{remoteSha}"));
        Assert.Equal("remote folder\n", File.ReadAllText(Path.Combine(workspace, $"notes.remote-{remoteSha}", "a.md")));
        Assert.Subset(gitea.RemoteCommits("dirfile"), GiteaFixture.LocalCommits(elsewhere));
        Assert.Subset(gitea.RemoteCommits("dirfile"), GiteaFixture.LocalCommits(workspace));
        using (var repo = GiteaFixture.OpenWorkspace(workspace))
        {
            Assert.Equal(CurrentOperation.None, repo.Info.CurrentOperation);
        }

        Assert.Equal(SyncOutcome.UpToDate, (await gitea.Sync().SyncAsync("dirfile", null, Ct)).Outcome);
        File.WriteAllText(Path.Combine(workspace, "after.md"), "later work\n");
        Assert.Equal(SyncOutcome.Synced, (await gitea.Sync().SyncAsync("dirfile", null, Ct)).Outcome);
    }

    [Fact]
    public async Task A_leftover_merge_head_garbage_or_real_is_recovered_and_nothing_is_lost()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var workspace = await gitea.NewSyncedWorkspaceAsync("stuck");
        var elsewhere = gitea.CloneElsewhere("stuck");
        GitCli.CommitAndPush(elsewhere, GiteaFixture.Login, GiteaFixture.Token, "remote.md", "remote\n", "remote edit");
        var remoteSha = GitCli.Run(elsewhere, "rev-parse", "HEAD");
        var gitDirectory = gitea.Layout.GitDirectoryOf("stuck");
        File.WriteAllText(Path.Combine(gitDirectory, "MERGE_HEAD"), "not a commit id\n");
        File.WriteAllText(Path.Combine(gitDirectory, "MERGE_MSG"), "half done\n");
        Directory.CreateDirectory(Path.Combine(workspace, ".git"));
        File.WriteAllText(Path.Combine(workspace, ".git", "MERGE_HEAD"), remoteSha + "\n"); // inert
        File.WriteAllText(Path.Combine(workspace, "local.md"), "local\n");

        var first = await gitea.Sync().SyncAsync("stuck", null, Ct);

        Assert.True(first.Outcome == SyncOutcome.Synced, first.Message);
        Assert.False(File.Exists(Path.Combine(gitDirectory, "MERGE_HEAD")));
        Assert.Equal("local\n", gitea.RemoteFile("stuck", "local.md"));
        Assert.Equal("remote\n", gitea.RemoteFile("stuck", "remote.md"));
        Assert.Subset(gitea.RemoteCommits("stuck"), GiteaFixture.LocalCommits(elsewhere));

        File.WriteAllText(Path.Combine(gitDirectory, "MERGE_HEAD"), remoteSha + "\n");
        File.WriteAllText(Path.Combine(workspace, "more.md"), "more\n");
        var second = await gitea.Sync().SyncAsync("stuck", null, Ct);

        Assert.True(second.Outcome == SyncOutcome.Synced, second.Message);
        Assert.Equal("more\n", gitea.RemoteFile("stuck", "more.md"));
        using var repo = GiteaFixture.OpenWorkspace(workspace);
        Assert.Equal(CurrentOperation.None, repo.Info.CurrentOperation);
    }

    [Fact]
    public async Task One_bad_workspace_never_stops_the_pass_and_its_failure_is_reported()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        string[] good = ["good1", "good2"];
        foreach (var id in good)
        {
            await gitea.NewSyncedWorkspaceAsync(id);
            File.WriteAllText(Path.Combine(gitea.Layout.WorkspaceOf(id), "work.md"), id + "\n");
        }

        // Broken in three ways an agent or a crash can leave a workspace: its git directory unusable, its work tree
        // replaced by a file, and a workspace that was never provisioned.
        await gitea.NewSyncedWorkspaceAsync("broken");
        File.WriteAllText(Path.Combine(gitea.Layout.GitDirectoryOf("broken"), "HEAD"), "garbage\n");
        await gitea.NewSyncedWorkspaceAsync("gone");
        Directory.Delete(gitea.Layout.WorkspaceOf("gone"), recursive: true);
        File.WriteAllText(gitea.Layout.WorkspaceOf("gone"), "a file where the workspace was\n");
        string[] ids = ["broken", "good1", "gone", "never", "good2"];
        var service = new SyncService(gitea.Sync(), gitea.Layout, () => [.. ids.Select(id => new SyncTarget(id, gitea.Layout.WorkspaceOf(id), TimeSpan.FromMinutes(15)))]);

        var results = await service.SyncAllAsync(null, Ct);

        Assert.Equal(ids, results.Select(r => r.AgentId));
        Assert.All(results.Where(r => good.Contains(r.AgentId)), r => Assert.Equal(SyncOutcome.Synced, r.Outcome));
        Assert.All(good, id => Assert.Equal(id + "\n", gitea.RemoteFile(id, "work.md")));
        Assert.All(results.Where(r => !good.Contains(r.AgentId)), r =>
        {
            Assert.Equal(SyncOutcome.Failed, r.Outcome);
            Assert.False(string.IsNullOrEmpty(r.Message));
        });
    }

    /// <summary>Host files outside every workspace that an attack would read, write or run.</summary>
    private sealed class HostFiles
    {
        private readonly string _markers;

        public HostFiles(GiteaFixture gitea)
        {
            Folder = Directory.CreateDirectory(gitea.Temp.Combine("host-" + Guid.NewGuid().ToString("N")[..6])).FullName;
            _markers = Directory.CreateDirectory(gitea.Temp.Combine("markers-" + Guid.NewGuid().ToString("N")[..6])).FullName;
            SecretText = "TOP-SECRET-" + Guid.NewGuid().ToString("N");
            Secret = Path.Combine(Folder, "secret.txt");
            File.WriteAllText(Secret, SecretText + "\n");
        }

        public string Folder { get; }

        public string Secret { get; }

        public string SecretText { get; }

        /// <summary>An executable that leaves a marker when anything runs it.</summary>
        public string Script(string path, string marker)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"#!/bin/sh\ntouch '{Path.Combine(_markers, marker)}'\ncat\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            return path;
        }

        public void AssertUntouched()
        {
            Assert.Empty(Directory.EnumerateFileSystemEntries(_markers));
            Assert.Equal([Secret], Directory.EnumerateFileSystemEntries(Folder));
            Assert.Equal(SecretText + "\n", File.ReadAllText(Secret));
        }
    }
}
