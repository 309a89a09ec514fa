using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

/// <summary>Workspaces of the old layout (the git directory inside the workspace): the migration keeps every commit and drops whatever an agent could have planted there.</summary>
public sealed partial class SyncAttackTests
{
    [Fact]
    public async Task An_old_layout_workspace_is_migrated_without_losing_a_commit_and_its_planted_metadata_is_dropped()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await using var trap = new CredentialTrap();
        var host = new HostFiles(gitea);
        await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new NixClaw.Runtime.Workspaces.GiteaApi.GiteaCreateRepository("legacy", "", true, "main"), Ct);
        var other = await gitea.NewSyncedWorkspaceAsync("other");
        File.WriteAllText(Path.Combine(other, "other-secret.md"), host.SecretText);
        Assert.Equal(SyncOutcome.Synced, (await gitea.Sync().SyncAsync("other", null, Ct)).Outcome);

        // What the previous version left: the repository inside the workspace, one commit pushed, one not.
        var workspace = gitea.Layout.WorkspaceOf("legacy");
        Directory.CreateDirectory(workspace);
        GitCli.Run(workspace, "init", "-q", "-b", "main");
        GitCli.Run(workspace, "remote", "add", "origin", gitea.Server.CloneUrl(GiteaFixture.Organization, "legacy").ToString());
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "# legacy\n");
        GitCli.Run(workspace, "add", "-A");
        GitCli.Run(workspace, "commit", "-q", "-m", "pushed");
        GitCli.Run(workspace, "-c", GitCli.AuthHeader(GiteaFixture.Login, GiteaFixture.Token), "push", "-q", "origin", "main");
        File.WriteAllText(Path.Combine(workspace, "unpushed.md"), "committed, never pushed\n");
        GitCli.Run(workspace, "add", "-A");
        GitCli.Run(workspace, "commit", "-q", "-m", "not pushed yet");
        var unpushed = GitCli.Run(workspace, "rev-parse", "HEAD");

        // Then the agent rewrote its .git.
        var dotGit = Path.Combine(workspace, ".git");
        File.AppendAllText(Path.Combine(dotGit, "config"), $"[core]\n\tworktree = {host.Folder}\n\thooksPath = {host.Folder}\n[remote \"origin\"]\n\turl = {trap.Url}NixClaw/legacy.git\n[include]\n\tpath = {host.Secret}\n");
        host.Script(Path.Combine(dotGit, "hooks", "post-commit"), "legacy-hook");
        host.Script(Path.Combine(dotGit, "hooks", "pre-push"), "legacy-pre-push");
        File.WriteAllText(Path.Combine(dotGit, "objects", "info", "alternates"), Path.Combine(gitea.Layout.GitDirectoryOf("other"), "objects") + "\n");
        File.Delete(Path.Combine(dotGit, "description"));
        File.CreateSymbolicLink(Path.Combine(dotGit, "description"), host.Secret);
        File.WriteAllText(Path.Combine(dotGit, "MERGE_HEAD"), "garbage\n");
        File.WriteAllText(Path.Combine(workspace, "after.md"), "written after the last commit\n");

        var result = await gitea.Sync().SyncAsync("legacy", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Contains(unpushed, gitea.RemoteCommits("legacy"));
        Assert.Equal("committed, never pushed\n", gitea.RemoteFile("legacy", "unpushed.md"));
        Assert.Equal("written after the last commit\n", gitea.RemoteFile("legacy", "after.md"));
        Assert.False(Directory.Exists(dotGit) || File.Exists(dotGit));
        Assert.True(Directory.Exists(gitea.Layout.GitDirectoryOf("legacy")));
        Assert.False(File.Exists(Path.Combine(gitea.Layout.GitDirectoryOf("legacy"), "objects", "info", "alternates")));
        Assert.False(Directory.Exists(Path.Combine(gitea.Layout.GitDirectoryOf("legacy"), "hooks")) && Directory.EnumerateFiles(Path.Combine(gitea.Layout.GitDirectoryOf("legacy"), "hooks")).Any(f => !f.EndsWith(".sample", StringComparison.Ordinal)));
        Assert.Empty(trap.Requests);
        host.AssertUntouched();
        Assert.False(gitea.RemoteContains("legacy", host.SecretText));
        Assert.Equal(SyncOutcome.UpToDate, (await gitea.Sync().SyncAsync("legacy", null, Ct)).Outcome);
    }

    [Fact]
    public async Task The_cross_file_system_migration_copy_skips_links_and_special_files()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var source = Directory.CreateDirectory(gitea.Temp.Combine("legacy-git")).FullName;
        Directory.CreateDirectory(Path.Combine(source, "objects", "ab"));
        File.WriteAllText(Path.Combine(source, "objects", "ab", "cdef"), "object\n");
        File.WriteAllText(Path.Combine(source, "HEAD"), "ref: refs/heads/main\n");
        File.CreateSymbolicLink(Path.Combine(source, "packed-refs"), host.Secret);
        Directory.CreateSymbolicLink(Path.Combine(source, "refs"), host.Folder);
        GitCliMkfifo(Path.Combine(source, "FETCH_HEAD"));
        var destination = gitea.Temp.Combine("copied-git");

        WorkspaceRepository.CopyWithoutLinks(source, destination);

        Assert.Equal("object\n", File.ReadAllText(Path.Combine(destination, "objects", "ab", "cdef")));
        Assert.Equal("ref: refs/heads/main\n", File.ReadAllText(Path.Combine(destination, "HEAD")));
        Assert.False(File.Exists(Path.Combine(destination, "packed-refs")));
        Assert.False(Directory.Exists(Path.Combine(destination, "refs")));
        Assert.False(File.Exists(Path.Combine(destination, "FETCH_HEAD")));
        host.AssertUntouched();
    }

    [Fact]
    public async Task A_legacy_git_folder_borrowing_another_agents_objects_cannot_push_them()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var host = new HostFiles(gitea);
        var other = await gitea.NewSyncedWorkspaceAsync("other");
        File.WriteAllText(Path.Combine(other, "other-secret.md"), host.SecretText);
        Assert.Equal(SyncOutcome.Synced, (await gitea.Sync().SyncAsync("other", null, Ct)).Outcome);
        var otherHead = GiteaFixture.LocalCommits(other);
        string otherTip;
        using (var repo = GiteaFixture.OpenWorkspace(other))
        {
            otherTip = repo.Head.Tip.Sha;
        }

        // An old-layout workspace whose agent points its branch at the other agent's commit and borrows the
        // objects through alternates (objects it could never read itself).
        await gitea.Client.CreateOrganizationRepositoryAsync(GiteaFixture.Organization, new NixClaw.Runtime.Workspaces.GiteaApi.GiteaCreateRepository("thief", "", true, "main"), Ct);
        var workspace = gitea.Layout.WorkspaceOf("thief");
        Directory.CreateDirectory(workspace);
        GitCli.Run(workspace, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Combine(workspace, ".git", "objects", "info", "alternates"), Path.Combine(gitea.Layout.GitDirectoryOf("other"), "objects") + "\n");
        File.WriteAllText(Path.Combine(workspace, ".git", "refs", "heads", "main"), otherTip + "\n");

        var result = await gitea.Sync().SyncAsync("thief", null, Ct);

        Assert.False(gitea.RemoteContains("thief", host.SecretText));
        Assert.Empty(gitea.RemoteCommits("thief").Intersect(otherHead));
        Assert.Equal(otherHead, GiteaFixture.LocalCommits(other));
        Assert.False(Directory.Exists(Path.Combine(workspace, ".git")));
        Assert.Empty(result.CommittedFiles);
    }
}
