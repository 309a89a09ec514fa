using BenchmarkDotNet.Attributes;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Workspaces.Benchmarks;

/// <summary><c>sync</c> over 100 workspaces: nothing to do (with and without the remote check) and one changed file each.</summary>
[Config(typeof(InProcessMonitoringConfig))]
public class SyncBenchmarks
{
    private BenchEnvironment _env = null!;
    private IReadOnlyList<SyncTarget> _targets = [];
    private SyncService _checkRemote = null!;
    private SyncService _localOnly = null!;
    private int _round;

    [Params(100)]
    public int Workspaces { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _env = BenchEnvironment.StartAsync().GetAwaiter().GetResult();
        _targets = _env.CreateWorkspacesAsync(Workspaces).GetAwaiter().GetResult();
        _checkRemote = new SyncService(new WorkspaceSync(_env.Git, _env.Layout), _env.Layout, () => _targets);
        _localOnly = new SyncService(new WorkspaceSync(_env.Git with { CheckRemoteWhenIdle = false }, _env.Layout), _env.Layout, () => _targets);
        Expect(_checkRemote.SyncAllAsync().GetAwaiter().GetResult(), SyncOutcome.UpToDate);
    }

    [GlobalCleanup]
    public void Cleanup() => _env.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Clean workspaces; each asks the remote for its refs once (the default).</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<WorkspaceSyncResult> NothingToDo_CheckRemote() => Expect(_checkRemote.SyncAllAsync().GetAwaiter().GetResult(), SyncOutcome.UpToDate);

    /// <summary>Clean workspaces, no network at all (<see cref="GitOptions.CheckRemoteWhenIdle"/> off).</summary>
    [Benchmark]
    public IReadOnlyList<WorkspaceSyncResult> NothingToDo_LocalOnly() => Expect(_localOnly.SyncAllAsync().GetAwaiter().GetResult(), SyncOutcome.UpToDate);

    [IterationSetup(Target = nameof(OneChangedFileEach))]
    public void ChangeOneFileEach()
    {
        _round++;
        foreach (var target in _targets)
        {
            File.WriteAllText(Path.Combine(target.Workspace, "memory.md"), $"round {_round}\n");
        }
    }

    /// <summary>Every workspace commits one file, fetches and pushes.</summary>
    [Benchmark]
    public IReadOnlyList<WorkspaceSyncResult> OneChangedFileEach() => Expect(_checkRemote.SyncAllAsync().GetAwaiter().GetResult(), SyncOutcome.Synced);

    internal static IReadOnlyList<WorkspaceSyncResult> Expect(IReadOnlyList<WorkspaceSyncResult> results, SyncOutcome outcome)
    {
        if (results.FirstOrDefault(r => r.Outcome != outcome) is { } odd)
        {
            throw new InvalidOperationException($"{odd.Workspace}: expected {outcome}, got {odd.Outcome} {odd.Message}");
        }

        return results;
    }
}
