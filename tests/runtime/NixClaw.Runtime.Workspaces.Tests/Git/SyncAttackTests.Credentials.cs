using LibGit2Sharp;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

/// <summary>Credentials: the token goes only to the declared Gitea (scheme, host and port), never after a redirect, and no git config outside the repository is read.</summary>
public sealed partial class SyncAttackTests
{
    [Fact]
    public async Task A_remote_url_changed_in_the_git_directory_is_put_back_and_the_token_goes_only_to_the_declared_gitea()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await using var trap = new CredentialTrap();
        var workspace = await gitea.NewSyncedWorkspaceAsync("url");
        using (var repo = GiteaFixture.OpenWorkspace(workspace))
        {
            repo.Network.Remotes.Update("origin", r =>
            {
                r.Url = trap.Url + "NixClaw/url.git";
                r.PushUrl = trap.Url + "NixClaw/url.git";
            });
        }

        File.WriteAllText(Path.Combine(workspace, "notes.md"), "x\n");
        var result = await gitea.Sync().SyncAsync("url", null, Ct);

        Assert.True(result.Outcome == SyncOutcome.Synced, result.Message);
        Assert.Empty(trap.Requests);
        Assert.Equal("x\n", gitea.RemoteFile("url", "notes.md"));
    }

    [Fact]
    public async Task Credentials_are_never_offered_after_a_redirect_to_another_origin()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await using var target = new CredentialTrap();
        await using var redirector = new CredentialTrap
        {
            Respond = head => $"HTTP/1.1 302 Found\r\nLocation: {target.Url}NixClaw/redirect.git/info/refs?service=git-upload-pack\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        };
        var git = gitea.Git with { Server = redirector.Url };
        var layout = gitea.Layout;
        WorkspaceRepository.Ensure(layout, "redirect", git);
        File.WriteAllText(Path.Combine(layout.WorkspaceOf("redirect"), "notes.md"), "x\n");

        var result = await new WorkspaceSync(git, layout).SyncAsync("redirect", null, Ct);

        Assert.False(result.IsInSync);
        Assert.NotEmpty(redirector.Requests);
        Assert.NotEmpty(target.Requests); // libgit2 followed the redirect and was challenged there...
        Assert.False(target.SawCredentials); // ...and got nothing to answer with
        Assert.False(redirector.SawCredentials);
        Assert.Equal(SyncOutcome.Failed, result.Outcome);
        Assert.Contains("other than the declared Gitea", result.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.md"], result.CommittedFiles); // committed locally, kept for the next sync
    }

    [Fact]
    public void The_credential_callback_answers_only_the_declared_scheme_host_and_port()
    {
        var git = new GitOptions { TokenFile = "/nonexistent", Server = new Uri("https://gitea.example:3000/"), Organization = "o" };

        Assert.True(git.IsServerOrigin("https://GITEA.example:3000/o/a.git/info/refs"));
        Assert.False(git.IsServerOrigin("http://gitea.example:3000/o/a.git"));
        Assert.False(git.IsServerOrigin("https://gitea.example/o/a.git"));
        Assert.False(git.IsServerOrigin("https://gitea.example.evil:3000/o/a.git"));
        Assert.False(git.IsServerOrigin("https://evil@127.0.0.1:3000/"));
        Assert.False(git.IsServerOrigin("not a url"));
        Assert.Null(GitCredentials.For(git)("https://evil.example:3000/o/a.git", null!, SupportedCredentialTypes.UsernamePassword));
        Assert.Equal(new Uri("https://gitea.example:3000/o/a.git"), git.RemoteUrlOf("a"));
    }

    [Fact]
    public async Task Global_xdg_and_system_git_config_are_never_read()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        await gitea.NewSyncedWorkspaceAsync("global");

        foreach (var level in new[] { ConfigurationLevel.Global, ConfigurationLevel.Xdg, ConfigurationLevel.System, ConfigurationLevel.ProgramData })
        {
            Assert.All(GlobalSettings.GetConfigSearchPaths(level), p => Assert.True(string.IsNullOrEmpty(p), $"{level}: {p}"));
        }
    }
}
