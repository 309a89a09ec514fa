using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>
/// Hot reload through the real FileSystemWatcher with a fake clock: the scenario the original gateway gets wrong
/// (a binding edit must route the very next message), invalid and partial writes, editors' rename-over and delete+create.
/// </summary>
public sealed class RosterWatcherTests : IDisposable
{
    private const string TwoAgents = """
        {
          ownership: "explicit",
          entries: {
            main: { name: "Main" },
            writer: { name: "Writer" },
          },
        }
        """;

    private const string MainOnChan1 = """
        [
          { agentId: "main", match: { channel: "mattermost", peer: { kind: "channel", id: "chan1" } } },
        ]
        """;

    private readonly TempConfigDirectory _dir = new();

    public RosterWatcherTests()
    {
        File.WriteAllText(_dir.AgentsPath, TwoAgents);
        File.WriteAllText(_dir.BindingsPath, MainOnChan1);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task BindingForABrandNewChannel_RoutesTheNextMessage_WithoutRestart()
    {
        await using var harness = new WatcherHarness(_dir);
        Assert.Null(harness.Route("chan4"));

        // What `agent new writer` does once the channel exists: an atomic rename of bindings.json5.
        Assert.True(new RosterFiles(_dir.Options(), []).AddMattermostBinding("writer", "chan4"));
        var reload = await harness.SettleAsync(RosterReloadOutcome.Applied);

        Assert.Equal("writer", harness.Route("chan4"));
        Assert.Equal("main", harness.Route("chan1"));
        Assert.Same(reload.Roster, harness.Watcher.Current);
        Assert.Contains(harness.Log.Lines, l => l.Level == LogLevel.Information && l.Message == "[roster] reload applied (bindings.json5): 2 agents, 2 bindings");
    }

    [Fact]
    public async Task ADeployReplacingTheDeclaredAgentsFile_IsReloaded_AndItsAgentsCanBeBound()
    {
        await using var harness = new WatcherHarness(_dir);
        Assert.Null(harness.Watcher.Current.FindAgent("garden"));

        // What the Home Manager activation does: the generated file replaces the old one.
        _dir.RenameOver(Path.Combine(_dir.Path, RosterFileNames.DeclaredAgents),
            "{ \"ownership\": \"explicit\", \"entries\": { \"garden\": { \"name\": \"Garden\" } } }\n");
        await harness.SettleAsync(RosterReloadOutcome.Applied);
        Assert.True(harness.Watcher.Current.FindAgent("garden")!.IsDeclared);

        Assert.True(new RosterFiles(_dir.Options(), []).AddMattermostBinding("garden", "chan7"));
        await harness.SettleAsync(RosterReloadOutcome.Applied);
        Assert.Equal("garden", harness.Route("chan7"));
    }

    [Fact]
    public async Task ExistingChannelReboundToAnotherAgent_MovesAtTheNextMessage()
    {
        await using var harness = new WatcherHarness(_dir);
        Assert.Equal("main", harness.Route("chan1"));

        _dir.RenameOver(_dir.BindingsPath, MainOnChan1.Replace("\"main\"", "\"writer\"", StringComparison.Ordinal));
        await harness.SettleAsync(RosterReloadOutcome.Applied);

        Assert.Equal("writer", harness.Route("chan1"));
    }

    [Fact]
    public async Task InvalidEdit_KeepsTheLastGoodRoster_LogsFileLineColumn_AndTheFixIsApplied()
    {
        await using var harness = new WatcherHarness(_dir);
        var good = harness.Watcher.Current;

        const string invalid = """
            [
              { agentId: "ghost", match: { channel: "mattermost", peer: { kind: "channel", id: "chan1" } } },
              { agentId: "writer", match: { channel: "mattermost", bogusKey: 1 } },
            ]
            """;
        _dir.RenameOver(_dir.BindingsPath, invalid);
        var rejected = await harness.SettleAsync(RosterReloadOutcome.Rejected);

        Assert.Same(good, harness.Watcher.Current);
        Assert.Equal("main", harness.Route("chan1"));
        Assert.Equal(
            [
                new RosterError(_dir.BindingsPath, 2, 5, "bindings[0].agentId", "Unknown agent id \"ghost\" (not in agents.entries)"),
                new RosterError(_dir.BindingsPath, 3, 56, "bindings[1].match", "Unrecognized key: \"bogusKey\""),
            ],
            rejected.Errors);
        Assert.Equal(rejected.Errors, harness.Watcher.CurrentErrors);
        Assert.Contains(
            harness.Log.Lines,
            l => l.Level == LogLevel.Error && l.Message ==
                $"[roster] reload skipped (invalid roster), keeping the last good one: {_dir.BindingsPath}:2:5: bindings[0].agentId: Unknown agent id \"ghost\" (not in agents.entries); {_dir.BindingsPath}:3:56: bindings[1].match: Unrecognized key: \"bogusKey\"");

        _dir.RenameOver(_dir.BindingsPath, invalid.Replace("\"ghost\"", "\"writer\"", StringComparison.Ordinal).Replace(", bogusKey: 1", "", StringComparison.Ordinal));
        await harness.SettleAsync(RosterReloadOutcome.Applied);

        Assert.Equal("writer", harness.Route("chan1"));
        Assert.Empty(harness.Watcher.CurrentErrors);
    }

    [Fact]
    public async Task TruncatedWrite_IsRejected_ThenTheCompletedFileIsApplied()
    {
        await using var harness = new WatcherHarness(_dir);
        var full = MainOnChan1.Replace("chan1", "chan9", StringComparison.Ordinal);
        var half = full.Length / 2;

        // An in-place writer (no rename): truncate, write half, flush... and stall.
        await using (var stream = new FileStream(_dir.BindingsPath, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            await using var writer = new StreamWriter(stream);
            await writer.WriteAsync(full[..half]);
            await writer.FlushAsync(TestContext.Current.CancellationToken);
            var rejected = await harness.SettleAsync(RosterReloadOutcome.Rejected);

            Assert.Contains("Invalid JSON5", rejected.Errors[0].Message, StringComparison.Ordinal);
            Assert.Equal("main", harness.Route("chan1"));

            await writer.WriteAsync(full[half..]);
        }

        await harness.SettleAsync(RosterReloadOutcome.Applied);
        Assert.Equal("main", harness.Route("chan9"));
        Assert.Null(harness.Route("chan1"));
    }

    [Fact]
    public async Task DeleteThenCreate_IsSeen()
    {
        await using var harness = new WatcherHarness(_dir);
        File.Delete(_dir.BindingsPath);
        File.WriteAllText(_dir.BindingsPath, MainOnChan1.Replace("chan1", "chan2", StringComparison.Ordinal));
        await harness.SettleAsync(r => r.Outcome == RosterReloadOutcome.Applied && r.Roster.Bindings.Count == 1);

        Assert.Equal("main", harness.Route("chan2"));
    }

    [Fact]
    public async Task NewAgentAndItsBinding_AcrossBothFiles_AreAppliedTogether()
    {
        await using var harness = new WatcherHarness(_dir);
        var files = new RosterFiles(_dir.Options(), []);
        files.SetAgent("critic", name: "Critic");
        files.AddMattermostBinding("critic", "chan7");
        await harness.SettleAsync(r => r.Roster.FindAgent("critic") is not null && r.Roster.Bindings.Count == 2);

        Assert.Equal("critic", harness.Route("chan7"));
    }

    [Fact]
    public async Task Change_IsNotReadBeforeTheDebounceElapses()
    {
        await using var harness = new WatcherHarness(_dir);
        _dir.RenameOver(_dir.BindingsPath, MainOnChan1.Replace("\"main\"", "\"writer\"", StringComparison.Ordinal));
        Assert.Equal(RosterFileNames.Bindings, await harness.NextChangeAsync());

        harness.Time.Advance(WatcherHarness.Debounce - TimeSpan.FromMilliseconds(1));
        Assert.False(harness.HasPendingReloads);
        Assert.Equal("main", harness.Route("chan1"));

        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(harness.HasPendingReloads);
        Assert.Equal("writer", harness.Route("chan1"));
    }

    [Fact]
    public async Task ReloadNow_ReadsWithoutWaiting_AndReportsUnchanged()
    {
        await using var harness = new WatcherHarness(_dir);
        var same = await harness.Watcher.ReloadNowAsync(TestContext.Current.CancellationToken);
        Assert.Equal(RosterReloadOutcome.Unchanged, same.Outcome);

        File.WriteAllText(_dir.BindingsPath, "[]");
        var applied = await harness.Watcher.ReloadNowAsync(TestContext.Current.CancellationToken);
        Assert.Equal(RosterReloadOutcome.Applied, applied.Outcome);
        Assert.Null(harness.Route("chan1"));
    }

    [Fact]
    public async Task InvalidAtStart_RunsWithTheDeclaredAgents_UntilFixed()
    {
        File.WriteAllText(_dir.BindingsPath, "[ { agentId: 'ghost' ");
        await using var harness = new WatcherHarness(_dir, Agents.Declared("coder", "code"));

        Assert.Equal(["coder"], harness.Watcher.Current.Agents.Select(a => a.Id));
        Assert.Equal("coder", harness.Route("c1", "code"));
        Assert.Equal(new RosterError(_dir.BindingsPath, 1, 22, "bindings", "Invalid JSON5: invalid end of input"), Assert.Single(harness.Watcher.CurrentErrors));
        Assert.Contains(harness.Log.Lines, l => l.Level == LogLevel.Error && l.Message.StartsWith("[roster] invalid at start", StringComparison.Ordinal));

        _dir.RenameOver(_dir.BindingsPath, MainOnChan1);
        await harness.SettleAsync(RosterReloadOutcome.Applied);
        Assert.Equal("main", harness.Route("chan1"));
        Assert.Equal("coder", harness.Route("c1", "code"));
    }

    [Fact]
    public async Task RevertingAnInvalidEdit_IsUnchanged_AndSaysTheFilesAreValidAgain()
    {
        await using var harness = new WatcherHarness(_dir);
        var good = harness.Watcher.Current;
        _dir.RenameOver(_dir.BindingsPath, "[ { agentId: 'main' } ]");
        await harness.SettleAsync(RosterReloadOutcome.Rejected);

        _dir.RenameOver(_dir.BindingsPath, MainOnChan1);
        await harness.SettleAsync(RosterReloadOutcome.Unchanged);

        Assert.Same(good, harness.Watcher.Current);
        Assert.Empty(harness.Watcher.CurrentErrors);
        Assert.Contains(harness.Log.Lines, l => l.Level == LogLevel.Information && l.Message == "[roster] files valid again (bindings.json5); the roster in force is unchanged");
    }

    [Fact]
    public async Task AfterDispose_NoMoreReloads()
    {
        var harness = new WatcherHarness(_dir);
        await harness.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => harness.Watcher.ReloadNowAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFileThatNeverGoesQuiet_IsStillReadAfterMaxDelay()
    {
        await using var harness = new WatcherHarness(_dir);

        // A change every 199 ms never leaves the 200 ms quiet period; MaxDelay (1 s) caps the wait.
        for (var i = 0; i < 6 && !harness.HasPendingReloads; i++)
        {
            _dir.RenameOver(_dir.BindingsPath, MainOnChan1.Replace("chan1", "chan" + (10 + i), StringComparison.Ordinal));
            _ = await harness.NextChangeAsync();
            harness.Time.Advance(WatcherHarness.Debounce - TimeSpan.FromMilliseconds(1));
        }

        Assert.True(harness.HasPendingReloads);
        Assert.Null(harness.Route("chan1"));
    }
}
