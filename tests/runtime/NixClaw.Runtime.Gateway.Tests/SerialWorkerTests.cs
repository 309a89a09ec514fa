using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class SerialWorkerTests
{
    [Fact]
    public async Task RunsEveryItemInOrderOnOneThreadOutsideThePool()
    {
        using var worker = new SerialWorker("test-worker");
        var seen = new List<(int Item, int Thread, bool IsPool)>();
        var tasks = Enumerable.Range(0, 500)
            .Select(i => worker.RunAsync(() =>
            {
                // No lock: only the worker's thread touches the list.
                seen.Add((i, Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread));
                return i;
            }))
            .ToArray();

        Assert.Equal(Enumerable.Range(0, 500), await Task.WhenAll(tasks));
        Assert.Equal(Enumerable.Range(0, 500), seen.Select(s => s.Item));
        Assert.Single(seen.Select(s => s.Thread).Distinct());
        Assert.DoesNotContain(seen, s => s.IsPool);
    }

    [Fact]
    public async Task AFailingItemFailsItsOwnTaskOnly()
    {
        using var worker = new SerialWorker("test-worker");
        var failing = worker.RunAsync<int>(() => throw new InvalidOperationException("boom"));
        var next = worker.RunAsync(() => 2);

        Assert.Equal("boom", (await Assert.ThrowsAsync<InvalidOperationException>(() => failing)).Message);
        Assert.Equal(2, await next);
    }

    [Fact]
    public async Task DisposeRunsWhatIsQueuedThenRefusesNewWork()
    {
        var worker = new SerialWorker("test-worker");
        using var gate = new ManualResetEventSlim();
        var first = worker.RunAsync(() => gate.Wait(TimeSpan.FromSeconds(10)));
        var queued = worker.RunAsync(() => 7);
        var disposing = Task.Run(worker.Dispose, TestContext.Current.CancellationToken);
        gate.Set();
        await disposing;

        Assert.True(await first);
        Assert.Equal(7, await queued);
        Assert.Throws<ObjectDisposedException>(() => { _ = worker.RunAsync(() => 1); });
    }
}
