using System.Diagnostics;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

public sealed class VolumeTests
{
    [Fact]
    public async Task Three_thousand_posts_over_100_channels_arrive_exactly_once()
    {
        await using var fake = await StartAsync();
        var alice = fake.AddUser("alice");
        var channels = Enumerable.Range(0, 100).Select(i => fake.CreateChannel($"agent-{i}", members: alice)).ToArray();
        var stopwatch = Stopwatch.StartNew();
        await using var harness = await ListenerHarness.StartAsync(fake);
        var connectMs = stopwatch.Elapsed.TotalMilliseconds;
        await harness.SettleAsync(catchUps: 1);
        const int total = 3000;

        stopwatch.Restart();
        await Parallel.ForAsync(0, total, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = Ct }, async (i, ct) =>
            await fake.PostAsUserAsync(alice, channels[i % channels.Length], $"m{i}", cancellationToken: ct));
        await harness.WaitForPostsAsync(total);
        var elapsed = stopwatch.Elapsed;

        Assert.Equal(total, harness.Received.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(total, harness.Received.Count);
        TestContext.Current.SendDiagnosticMessage(
            $"start to connected {connectMs:F0} ms; {total} posts through the fake in {elapsed.TotalMilliseconds:F0} ms ({total / elapsed.TotalSeconds:F0}/s)");
    }
}
