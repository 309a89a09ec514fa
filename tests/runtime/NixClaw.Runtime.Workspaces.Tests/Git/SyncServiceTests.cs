using Microsoft.Extensions.Time.Testing;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

public sealed class SyncServiceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sync_all_reports_progress_refreshes_shared_files_and_sync_one_picks_one_agent()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var layout = gitea.Layout;
        Directory.CreateDirectory(layout.SharedDirectory);
        File.WriteAllText(Path.Combine(layout.SharedDirectory, "USER.md"), "user v1\n");
        string[] ids = ["a1", "a2", "a3"];
        foreach (var id in ids)
        {
            await gitea.NewSyncedWorkspaceAsync(id);
        }

        var targets = ids.Select(id => new SyncTarget(id, layout.WorkspaceOf(id), TimeSpan.FromMinutes(15))).ToList();
        var service = new SyncService(gitea.Sync(), layout, () => targets, new SyncServiceOptions { MaxParallelism = 2 });
        var reports = new List<SyncProgress>();

        var results = await service.SyncAllAsync(new SyncRecorder(reports), Ct);

        Assert.All(results, r => Assert.Equal(SyncOutcome.Synced, r.Outcome));
        Assert.All(ids, id => Assert.Equal("user v1\n", gitea.RemoteFile(id, "USER.md")));
        Assert.Equal(6, reports.Count);
        Assert.Equal(3, reports.Where(r => r.Result is not null).Max(r => r.Completed));

        File.WriteAllText(Path.Combine(layout.SharedDirectory, "USER.md"), "user v2\n");
        var one = await service.SyncOneAsync("a2", Ct);
        Assert.Equal(["USER.md"], one.CommittedFiles);
        Assert.Equal("user v2\n", gitea.RemoteFile("a2", "USER.md"));
        Assert.Equal("user v1\n", gitea.RemoteFile("a1", "USER.md"));
        await Assert.ThrowsAsync<ArgumentException>(() => service.SyncOneAsync("nobody", Ct));
    }

    [Fact]
    public async Task The_periodic_loop_syncs_each_workspace_when_its_own_interval_has_elapsed()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var layout = gitea.Layout;
        await gitea.NewSyncedWorkspaceAsync("fast");
        await gitea.NewSyncedWorkspaceAsync("slow");
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-25T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        List<SyncTarget> targets =
        [
            new("fast", layout.WorkspaceOf("fast"), TimeSpan.FromMinutes(5)),
            new("slow", layout.WorkspaceOf("slow"), TimeSpan.FromMinutes(15)),
        ];
        var service = new SyncService(gitea.Sync(time: time), layout, () => targets, new SyncServiceOptions { TickInterval = TimeSpan.FromMinutes(1) }, time);

        Assert.Equal(2, (await service.RunDueAsync(null, Ct)).Count);
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await service.RunDueAsync(null, Ct));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(["fast"], (await service.RunDueAsync(null, Ct)).Select(r => Path.GetFileName(r.Workspace)));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(["fast", "slow"], (await service.RunDueAsync(null, Ct)).Select(r => Path.GetFileName(r.Workspace)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_periodic_loop_stops_quietly_on_cancellation()
    {
        await using var gitea = await GiteaFixture.StartAsync();
        var layout = gitea.Layout;
        var workspace = await gitea.NewSyncedWorkspaceAsync("loop");
        var time = new FakeTimeProvider();
        var passes = new TaskCompletionSource();
        var service = new SyncService(gitea.Sync(time: time), layout, () => [new SyncTarget("loop", workspace, TimeSpan.Zero)], null, time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var loop = service.RunAsync(new SyncRecorder([], r => { if (r.Result is not null) { passes.TrySetResult(); } }), stop.Token);
        await passes.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await stop.CancelAsync();

        await loop.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.True(loop.IsCompletedSuccessfully);
    }

    /// <summary>Collects progress synchronously (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SyncRecorder(List<SyncProgress> reports, Action<SyncProgress>? onReport = null) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            onReport?.Invoke(value);
        }
    }
}
