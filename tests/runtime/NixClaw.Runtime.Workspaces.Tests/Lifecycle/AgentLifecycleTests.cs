using LibGit2Sharp;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Workspaces.Tests.Lifecycle;

public sealed class AgentLifecycleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<LifecycleStep> NewSteps =>
    [
        LifecycleStep.Repository, LifecycleStep.Workspace, LifecycleStep.SharedFiles, LifecycleStep.Push,
        LifecycleStep.Channel, LifecycleStep.Members, LifecycleStep.RosterEntry, LifecycleStep.RosterBinding,
    ];

    [Fact]
    public async Task Agent_new_creates_repo_workspace_channel_members_and_roster_and_the_channel_routes_to_it()
    {
        await using var h = await LifecycleHarness.StartAsync();

        var report = await h.Lifecycle().NewAsync("research", new NewAgentOptions { DisplayName = "Research" }, Ct);

        Assert.Equal("created NixClaw/research", report.OutcomeOf(LifecycleStep.Repository));
        Assert.Equal("created research", report.OutcomeOf(LifecycleStep.Channel));
        AssertProvisioned(h, "research");
        Assert.Contains("# Research", h.Gitea.RemoteFile("research", "AGENTS.md"), StringComparison.Ordinal);
        Assert.True(h.Gitea.Server.FindRepository("NixClaw", "research")!.IsPrivate);
        var workspace = h.Layout.WorkspaceOf("research");
        Assert.DoesNotContain(GiteaFixture.Token, File.ReadAllText(Path.Combine(h.Layout.GitDirectoryOf("research"), "config")), StringComparison.Ordinal);
        foreach (var file in Directory.EnumerateFiles(workspace, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            Assert.Null(new FileInfo(file).LinkTarget);
        }

        // The gateway re-resolves the roster per message: a post in the new channel now routes to the agent.
        var channel = h.Mattermost.FindChannel("research")!;
        Assert.Equal("research", h.LoadRoster().RouteMattermost(channel.Id, channel.Name)?.Id);

        // Private by default: only the bot and the declared operators see the agent's conversation.
        Assert.Equal("P", channel.Type);
        Assert.True(h.Mattermost.IsChannelMember(channel, h.Operator));
    }

    [Theory]
    [InlineData("llama")]
    [InlineData("llama/llama3.1:8b")]
    public async Task Agent_new_model_takes_the_declared_name_or_openclaws_reference_and_writes_the_reference(string model)
    {
        await using var h = await LifecycleHarness.StartAsync();
        var options = h.Options with
        {
            Models = [new("gpt", "openai", "gpt-4.1", null, null, IsDefault: true), new("llama", "ollama", "llama3.1:8b", null, null, IsDefault: false)],
        };
        var lifecycle = new AgentLifecycle(options, h.Gitea.Client, new MattermostAgentChannels(h.Client, h.Mattermost.Team.Name), h.Roster, h.Declared);

        await lifecycle.NewAsync("garden", new NewAgentOptions { Model = model }, Ct);

        Assert.Equal("llama/llama3.1:8b", h.LoadRoster().FindAgent("garden")!.Model);
        Assert.Contains("\"llama/llama3.1:8b\"", File.ReadAllText(h.RosterOptions.AgentsPath), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => lifecycle.NewAsync("weeds", new NewAgentOptions { Model = "llama/gpt-4.1" }, Ct));
        Assert.Contains("gpt (gpt/gpt-4.1), llama (llama/llama3.1:8b)", refused.Message, StringComparison.Ordinal);
        Assert.Null(h.LoadRoster().FindAgent("weeds"));
    }

    [Fact]
    public async Task A_declaration_can_ask_for_public_agent_channels()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var lifecycle = new AgentLifecycle(h.Options, h.Gitea.Client, new MattermostAgentChannels(h.Client, h.Mattermost.Team.Name, publicChannels: true), h.Roster, h.Declared);

        await lifecycle.NewAsync("open", null, Ct);

        Assert.Equal("O", h.Mattermost.FindChannel("open")!.Type);
    }

    [Fact]
    public async Task Agent_new_twice_reuses_everything_and_duplicates_nothing()
    {
        await using var h = await LifecycleHarness.StartAsync();
        await h.Lifecycle().NewAsync("twice", null, Ct);
        var rosterText = File.ReadAllText(h.RosterOptions.AgentsPath) + File.ReadAllText(h.RosterOptions.BindingsPath);

        var again = await h.Lifecycle().NewAsync("twice", null, Ct);

        Assert.Equal("reused NixClaw/twice", again.OutcomeOf(LifecycleStep.Repository));
        Assert.Equal("exists", again.OutcomeOf(LifecycleStep.Workspace));
        Assert.Equal("current", again.OutcomeOf(LifecycleStep.SharedFiles));
        Assert.Equal("up to date", again.OutcomeOf(LifecycleStep.Push));
        Assert.Equal("reused twice", again.OutcomeOf(LifecycleStep.Channel));
        Assert.Equal("all members present", again.OutcomeOf(LifecycleStep.Members));
        Assert.Equal("unchanged", again.OutcomeOf(LifecycleStep.RosterEntry));
        Assert.Equal("unchanged", again.OutcomeOf(LifecycleStep.RosterBinding));
        Assert.Equal(rosterText, File.ReadAllText(h.RosterOptions.AgentsPath) + File.ReadAllText(h.RosterOptions.BindingsPath));
        AssertProvisioned(h, "twice");
    }

    [Theory]
    [MemberData(nameof(NewSteps))]
    public async Task A_run_interrupted_before_any_step_completes_when_rerun(LifecycleStep failAt)
    {
        await using var h = await LifecycleHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LifecycleException>(() => h.Lifecycle(new FailAtStepHook(failAt)).NewAsync("flaky", null, Ct));
        Assert.Equal(failAt, error.Step);
        Assert.Contains("run the command again", error.Message, StringComparison.Ordinal);
        // The roster is written last, the binding after the entry: no channel routes to a half-made agent.
        Assert.DoesNotContain(h.LoadRoster().Bindings, b => b.AgentId == "flaky");
        Assert.Equal(failAt == LifecycleStep.RosterBinding, h.LoadRoster().FindAgent("flaky") is not null);

        var hook = new FailAtStepHook(null);
        await h.Lifecycle(hook).NewAsync("flaky", null, Ct);

        Assert.Equal(NewSteps.Select(row => row.Data), hook.Completed.Select(c => c.Step));
        AssertProvisioned(h, "flaky");
    }

    [Fact]
    public async Task A_lost_channel_create_response_and_a_failed_push_are_recovered_by_a_rerun()
    {
        await using var h = await LifecycleHarness.StartAsync();
        h.Gitea.Server.Faults.FailMatching((method, path) => method == "POST" && path.EndsWith("/git-receive-pack", StringComparison.Ordinal), 500);
        var push = await Assert.ThrowsAsync<LifecycleException>(() => h.Lifecycle().NewAsync("lost", null, Ct));
        Assert.Equal(LifecycleStep.Push, push.Step);

        h.Mattermost.Faults.FailNextAfterHandling(1, 500, pathContains: "/channels", method: "POST"); // created, but the answer is lost
        var channel = await Assert.ThrowsAsync<LifecycleException>(() => h.Lifecycle().NewAsync("lost", null, Ct));
        Assert.Equal(LifecycleStep.Channel, channel.Step);

        var report = await h.Lifecycle().NewAsync("lost", null, Ct);

        Assert.Equal("reused lost", report.OutcomeOf(LifecycleStep.Channel));
        AssertProvisioned(h, "lost");
    }

    [Fact]
    public async Task Agent_delete_archives_the_channel_and_removes_the_roster_entries_but_keeps_the_repository()
    {
        await using var h = await LifecycleHarness.StartAsync();
        await h.Lifecycle().NewAsync("gone", null, Ct);
        var workspace = h.Layout.WorkspaceOf("gone");
        File.WriteAllText(Path.Combine(workspace, "last-words.md"), "not lost\n");

        var report = await h.Lifecycle().DeleteAsync("gone", deleteRepository: false, Ct);

        Assert.Equal("synced", report.OutcomeOf(LifecycleStep.FinalSync));
        Assert.Equal("archived", report.OutcomeOf(LifecycleStep.ArchiveChannel));
        Assert.Equal("removed", report.OutcomeOf(LifecycleStep.RemoveFromRoster));
        Assert.Null(report.OutcomeOf(LifecycleStep.DeleteRepository));
        Assert.True(h.Mattermost.FindChannel("gone")!.DeleteAt > 0);
        var roster = h.LoadRoster();
        Assert.Null(roster.FindAgent("gone"));
        Assert.DoesNotContain(roster.Bindings, b => b.AgentId == "gone");
        Assert.Equal("not lost\n", h.Gitea.RemoteFile("gone", "last-words.md"));

        var twice = await h.Lifecycle().DeleteAsync("gone", deleteRepository: false, Ct);
        Assert.Equal("absent or already archived", twice.OutcomeOf(LifecycleStep.ArchiveChannel));
        Assert.Equal("not in the roster", twice.OutcomeOf(LifecycleStep.RemoveFromRoster));

        // Recreating restores the archived channel (an archived name blocks creation in Mattermost) and reuses the repository.
        var back = await h.Lifecycle().NewAsync("gone", null, Ct);
        Assert.Equal("restored gone", back.OutcomeOf(LifecycleStep.Channel));
        Assert.Equal("reused NixClaw/gone", back.OutcomeOf(LifecycleStep.Repository));
        AssertProvisioned(h, "gone");
    }

    [Fact]
    public async Task Agent_delete_with_the_flag_deletes_repository_and_workspace_and_new_starts_afresh()
    {
        await using var h = await LifecycleHarness.StartAsync();
        await h.Lifecycle().NewAsync("wipe", null, Ct);

        var report = await h.Lifecycle().DeleteAsync("wipe", deleteRepository: true, Ct);

        Assert.Equal("repository and workspace deleted", report.OutcomeOf(LifecycleStep.DeleteRepository));
        Assert.Null(h.Gitea.Server.FindRepository("NixClaw", "wipe"));
        Assert.False(Directory.Exists(h.Layout.WorkspaceOf("wipe")));

        var again = await h.Lifecycle().NewAsync("wipe", null, Ct);
        Assert.Equal("created NixClaw/wipe", again.OutcomeOf(LifecycleStep.Repository));
        AssertProvisioned(h, "wipe");
    }

    [Fact]
    public async Task A_workspace_deleted_locally_is_recreated_from_the_existing_repository()
    {
        await using var h = await LifecycleHarness.StartAsync();
        await h.Lifecycle().NewAsync("clone", null, Ct);
        var workspace = h.Layout.WorkspaceOf("clone");
        File.WriteAllText(Path.Combine(workspace, "notes.md"), "kept on the remote\n");
        Assert.True((await new WorkspaceSync(h.Gitea.Git, h.Layout).SyncAsync(Path.GetFileName(workspace), null, Ct)).IsInSync);
        var remoteBefore = h.Gitea.RemoteCommits("clone");
        foreach (var file in Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(workspace, recursive: true);

        var report = await h.Lifecycle().NewAsync("clone", null, Ct);

        // The git directory lives outside the workspace, so it survives and the work tree is checked out from it.
        Assert.Equal("checked out from its git directory", report.OutcomeOf(LifecycleStep.Workspace));
        Assert.Equal("kept on the remote\n", File.ReadAllText(Path.Combine(workspace, "notes.md")));
        Assert.Equal(remoteBefore, h.Gitea.RemoteCommits("clone"));

        // With the git directory gone too, the workspace comes back from the remote.
        Directory.Delete(workspace, recursive: true);
        Directory.Delete(h.Layout.GitDirectoryOf("clone"), recursive: true);
        var fromRemote = await h.Lifecycle().NewAsync("clone", null, Ct);

        Assert.Equal("checked out NixClaw/clone", fromRemote.OutcomeOf(LifecycleStep.Workspace));
        Assert.Equal("kept on the remote\n", File.ReadAllText(Path.Combine(workspace, "notes.md")));
        Assert.Equal(remoteBefore, h.Gitea.RemoteCommits("clone"));
    }

    [Fact]
    public async Task Declared_agents_are_reconciled_by_the_same_steps_and_refused_by_new_and_delete()
    {
        var declared = LifecycleHarness.DeclaredAgent("coder", "dev-coder");
        await using var h = await LifecycleHarness.StartAsync([declared]);

        var reports = await h.Lifecycle().ReconcileDeclaredAsync(Ct);

        var report = Assert.Single(reports);
        Assert.Equal("created dev-coder", report.OutcomeOf(LifecycleStep.Channel));
        Assert.Null(report.OutcomeOf(LifecycleStep.RosterEntry));
        Assert.NotNull(h.Gitea.RemoteFile("coder", "USER.md"));
        Assert.True(h.Mattermost.IsChannelMember(h.Mattermost.FindChannel("dev-coder")!, h.Operator));
        Assert.False(File.Exists(h.RosterOptions.AgentsPath));
        Assert.Equal("reused dev-coder", (await h.Lifecycle().ReconcileDeclaredAsync(Ct))[0].OutcomeOf(LifecycleStep.Channel));

        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Lifecycle().NewAsync("coder", null, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Lifecycle().DeleteAsync("coder", true, Ct));
        Assert.NotNull(h.Gitea.Server.FindRepository("NixClaw", "coder"));
    }

    [Fact]
    public async Task Agent_list_shows_declared_and_runtime_agents_with_channel_repository_and_last_sync()
    {
        var declared = LifecycleHarness.DeclaredAgent("coder", "dev-coder");
        await using var h = await LifecycleHarness.StartAsync([declared]);
        await h.Lifecycle().NewAsync("research", null, Ct);

        var list = await h.Lifecycle().ListAsync(Ct);

        Assert.Equal(["coder", "research"], list.Select(l => l.Id));
        var coder = list[0];
        Assert.True(coder.IsDeclared);
        Assert.Equal("dev-coder", coder.Channel);
        Assert.False(coder.WorkspaceExists);
        Assert.Null(coder.LastSync);
        var research = list[1];
        Assert.False(research.IsDeclared);
        Assert.Equal("NixClaw/research", research.Repository);
        Assert.Equal([h.Mattermost.FindChannel("research")!.Id], research.ChannelIds);
        Assert.True(research.WorkspaceExists);
        Assert.NotNull(research.LastSync);
        Assert.Equal(SyncOutcome.Synced, research.LastOutcome);
    }

    [Theory]
    [InlineData("Research")]
    [InlineData("_private")]
    [InlineData("../escape")]
    [InlineData("")]
    public async Task Invalid_names_are_refused_before_anything_is_created(string name)
    {
        await using var h = await LifecycleHarness.StartAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => h.Lifecycle().NewAsync(name, null, Ct));
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
        Assert.Empty(h.Gitea.Server.Repositories);
    }

    /// <summary>Exactly one of everything: repository with the pushed files, active channel, members, roster entry and binding.</summary>
    private static void AssertProvisioned(LifecycleHarness h, string name)
    {
        var repository = Assert.Single(h.Gitea.Server.Repositories, r => r.Name == name);
        Assert.Single(h.Gitea.Server.Repositories, r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
        foreach (var file in new[] { "AGENTS.md", "SOUL.md", "IDENTITY.md", "USER.md", "TOOLS.md" })
        {
            Assert.NotNull(h.Gitea.RemoteFile(name, file));
        }

        Assert.Equal("# Devin\nPrefers short answers.\n", h.Gitea.RemoteFile(name, "USER.md"));
        var workspace = h.Layout.WorkspaceOf(name);
        Assert.Subset(h.Gitea.RemoteCommits(name), GiteaFixture.LocalCommits(workspace));
        using (var repo = GiteaFixture.OpenWorkspace(workspace))
        {
            Assert.False(repo.RetrieveStatus().IsDirty);
        }

        var channel = h.Mattermost.FindChannel(name);
        Assert.NotNull(channel);
        Assert.Equal(0, channel.DeleteAt);
        Assert.True(h.Mattermost.IsChannelMember(channel, h.Mattermost.Bot));
        Assert.True(h.Mattermost.IsChannelMember(channel, h.Operator));

        var roster = h.LoadRoster();
        Assert.NotNull(roster.FindAgent(name));
        var binding = Assert.Single(roster.Bindings, b => b.AgentId == name);
        Assert.Equal(channel.Id, binding.PeerId);
        Assert.Single(roster.Bindings, b => b.PeerId == channel.Id);
        Assert.Equal(repository.FullName, "NixClaw/" + name);
    }
}
