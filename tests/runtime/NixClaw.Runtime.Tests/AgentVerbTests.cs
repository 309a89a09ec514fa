using System.Text.Json;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>agent new/list/delete, sync and clone-skills against the Gitea and Mattermost fakes, with real git.</summary>
public sealed class AgentVerbTests
{
    [Fact]
    public async Task NewListSyncAndDeleteARuntimeAgent()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);

        var created = await lab.RunAsync(["agent", "new", "garden"], manifest: manifest);
        var listed = await lab.RunAsync(["agent", "list", "--json"], manifest: manifest);
        File.WriteAllText(Path.Combine(lab.Home, "workspaces", "garden", "notes.md"), "tomatoes\n");
        var synced = await lab.RunAsync(["sync", "garden"], manifest: manifest);
        var deleted = await lab.RunAsync(["agent", "delete", "garden"], manifest: manifest);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("garden: Repository: created", created.Output, StringComparison.Ordinal);
        Assert.Contains("Agent 'garden' is ready", created.Output, StringComparison.Ordinal);
        Assert.NotNull(setup.Gitea.FindRepository("lab", "garden"));
        Assert.NotNull(setup.Mattermost.FindChannel("garden"));
        Assert.True(File.Exists(Path.Combine(lab.Home, ".openclaw", "agents.json5")));

        Assert.True(listed.ExitCode == 0, listed.ToString());
        using var json = JsonDocument.Parse(listed.Output);
        var ids = json.RootElement.EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("isDeclared").GetBoolean())).ToArray();
        Assert.Equal([("garden", false), ("notes", true)], ids);

        Assert.True(synced.ExitCode == 0, synced.ToString());
        Assert.Contains("garden: Synced, 1 file(s) committed", synced.Output, StringComparison.Ordinal);

        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Contains("garden: ArchiveChannel: archived", deleted.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeServers.GiteaToken, created.Output + created.Error + synced.Output + deleted.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncJsonReportsEachWorkspaceAndABrokenOneDoesNotStopTheOthers()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);
        await lab.RunAsync(["agent", "new", "garden"], manifest: manifest);
        File.WriteAllText(Path.Combine(lab.Home, "workspaces", "garden", "notes.md"), "tomatoes\n");
        // The declared agent "notes" was never provisioned, and its workspace holds a planted .git file.
        Directory.CreateDirectory(Path.Combine(lab.Home, "workspaces", "notes"));
        File.WriteAllText(Path.Combine(lab.Home, "workspaces", "notes", ".git"), "gitdir: /etc\n");

        var synced = await lab.RunAsync(["sync", "--json"], manifest: manifest);

        Assert.Equal(ExitCodes.Failure, synced.ExitCode);
        using var json = JsonDocument.Parse(synced.Output);
        var byAgent = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("agentId").GetString()!, r => r);
        Assert.Equal("synced", byAgent["garden"].GetProperty("outcome").GetString());
        Assert.Equal("failed", byAgent["notes"].GetProperty("outcome").GetString());
        Assert.Contains("no git directory", byAgent["notes"].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateDirectories(lab.Root, "garden.git", SearchOption.AllDirectories)); // under the state folder
        Assert.False(Directory.Exists(Path.Combine(lab.Home, "workspaces", "garden", ".git")));
    }

    [Fact]
    public async Task DeclaredAgentsCannotBeCreatedOrDeletedAtRunTime()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();

        var result = await lab.RunAsync(["agent", "new", "notes"], manifest: setup.Manifest(lab));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("declared in C#", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconcileProvisionsDeclaredAgentsAndIsIdempotent()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);

        var first = await lab.RunAsync(["agent", "reconcile"], manifest: manifest);
        var second = await lab.RunAsync(["agent", "reconcile", "--json"], manifest: manifest);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("notes: Repository: created", first.Output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 declared agent(s) reconciled.", first.Output, StringComparison.Ordinal);
        Assert.NotNull(setup.Gitea.FindRepository("lab", "notes"));
        Assert.NotNull(setup.Mattermost.FindChannel(manifest.FindAgent("notes")!.Channel));
        Assert.True(second.ExitCode == 0, second.ToString());
        using var json = JsonDocument.Parse(second.Output);
        var steps = json.RootElement[0].GetProperty("steps").EnumerateArray()
            .ToDictionary(s => s.GetProperty("step").GetString()!, s => s.GetProperty("outcome").GetString()!);
        Assert.StartsWith("reused", steps["repository"], StringComparison.Ordinal);
        Assert.StartsWith("reused", steps["channel"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReconcileGoesOnPastAnAgentThatFails()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);

        var result = await lab.RunAsync(["agent", "reconcile", "ghost", "notes"], manifest: manifest);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("'ghost' is not declared in C#", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 of 2 declared agent(s) reconciled.", result.Output, StringComparison.Ordinal);
        Assert.NotNull(setup.Gitea.FindRepository("lab", "notes"));
    }

    [Fact]
    public async Task AMissingTokenFileSaysToRunOnTheHost()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);
        File.Delete(manifest.Gitea!.Token.Path);

        var result = await lab.RunAsync(["agent", "new", "garden"], manifest: manifest);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CloneSkillsClonesTheSharedRepository()
    {
        await using var setup = await FakeServers.StartAsync();
        using var lab = new LabProject();
        var manifest = setup.Manifest(lab);
        var missing = await lab.RunAsync(["clone-skills"], manifest: manifest);
        await lab.RunAsync(["agent", "new", "skills"], manifest: manifest);

        var cloned = await lab.RunAsync(["clone-skills"], manifest: manifest);

        Assert.Equal(ExitCodes.Config, missing.ExitCode);
        Assert.Contains("lab/skills does not exist", missing.Error, StringComparison.Ordinal);
        Assert.True(cloned.ExitCode == 0, cloned.ToString());
        Assert.True(Directory.Exists(Path.Combine(lab.Home, ".openclaw", "skills", ".git")));
    }
}
