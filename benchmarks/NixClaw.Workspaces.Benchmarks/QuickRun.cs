using System.Diagnostics;
using System.Globalization;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Workspaces.Benchmarks;

/// <summary>
/// <c>--quick</c>: one environment, each scenario timed with a stopwatch a few times (minutes less than
/// BenchmarkDotNet, for a first look and for CI smoke runs).
/// </summary>
public static class QuickRun
{
    public static async Task RunAsync(int workspaces, int rounds)
    {
        await using var env = await BenchEnvironment.StartAsync();
        var setup = Stopwatch.StartNew();
        var targets = await env.CreateWorkspacesAsync(workspaces);
        Report("setup (create + first push)", setup.Elapsed, workspaces);
        var checkRemote = new SyncService(new WorkspaceSync(env.Git, env.Layout), env.Layout, () => targets);
        var localOnly = new SyncService(new WorkspaceSync(env.Git with { CheckRemoteWhenIdle = false }, env.Layout), env.Layout, () => targets);
        SyncBenchmarks.Expect(await checkRemote.SyncAllAsync(), SyncOutcome.UpToDate);

        for (var round = 1; round <= rounds; round++)
        {
            Report("sync, nothing to do (remote check)", await TimeAsync(() => checkRemote.SyncAllAsync(), SyncOutcome.UpToDate), workspaces);
            Report("sync, nothing to do (local only)", await TimeAsync(() => localOnly.SyncAllAsync(), SyncOutcome.UpToDate), workspaces);
            foreach (var target in targets)
            {
                File.WriteAllText(Path.Combine(target.Workspace, "memory.md"), $"round {round}\n");
            }

            Report("sync, one changed file each", await TimeAsync(() => checkRemote.SyncAllAsync(), SyncOutcome.Synced), workspaces);
        }

        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await env.Lifecycle.NewAsync($"quick{i:D3}");
            Report("agent new (end to end)", watch.Elapsed, 1);
            watch.Restart();
            await env.Lifecycle.NewAsync($"quick{i:D3}");
            Report("agent new (rerun, all done)", watch.Elapsed, 1);
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task<IReadOnlyList<WorkspaceSyncResult>>> action, SyncOutcome expected)
    {
        var watch = Stopwatch.StartNew();
        SyncBenchmarks.Expect(await action(), expected);
        return watch.Elapsed;
    }

    private static void Report(string what, TimeSpan elapsed, int count) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-40} {elapsed.TotalMilliseconds,9:F0} ms total  {elapsed.TotalMilliseconds / count,7:F1} ms each"));
}
