using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>
/// Issue 17 (6): a full disk used to crash the gateway (an unhandled SqliteException on the store's thread, exit
/// 134). Now the store reports it, waits, retries, and carries on once there is room, losing nothing.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-full-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_full_disk_makes_writes_wait_and_they_complete_once_there_is_room()
    {
        using var disk = SmallDisk.TryMount(Path.Combine(_dir, "disk"), 4);
        Assert.SkipWhen(disk is null, "mounting a tmpfs needs root");
        var failures = new List<StoreWriteFailure?>();
        var claimedCount = 0;
        using (var store = GatewayStateStore.Open(Path.Combine(disk.Path, "nixclaw.db")))
        {
            store.WriteRetryInterval = TimeSpan.FromMilliseconds(100);
            store.WritabilityChanged += f =>
            {
                lock (failures)
                {
                    failures.Add(f);
                }
            };
            Assert.Equal(ClaimOutcome.Claimed, await store.TryClaimAsync(Post(0), Ct));

            disk.Fill();
            var claims = new List<Task<ClaimOutcome>>();
            for (var i = 1; i <= 200 && store.IsWritable; i++)
            {
                claims.Add(store.TryClaimAsync(Post(i), Ct));
                await Task.WhenAny(claims[^1], Task.Delay(50, Ct));
            }

            Assert.False(store.IsWritable, "the store noticed the full disk");
            Assert.Contains("disk full", store.WriteFailure!.Reason, StringComparison.Ordinal);
            var waiting = claims[^1];
            await Task.Delay(300, Ct);
            Assert.False(waiting.IsCompleted, "a write waits while the disk is full");
            store.AdvanceCursorSoon("channel", 42);

            disk.Free();
            var outcomes = await Task.WhenAll(claims).WaitAsync(TimeSpan.FromSeconds(20), Ct);
            Assert.All(outcomes, o => Assert.Equal(ClaimOutcome.Claimed, o));
            Assert.True(store.IsWritable);
            Assert.Null(store.WriteFailure);
            Assert.Equal(ClaimOutcome.InFlight, await store.TryClaimAsync(Post(claims.Count), Ct));
            Assert.Equal(42, store.GetCursor("channel"));
            claimedCount = claims.Count;
        }

        lock (failures)
        {
            Assert.Equal(2, failures.Count);
            Assert.NotNull(failures[0]);
            Assert.Null(failures[1]);
        }

        // Everything written, nothing twice: reopen and count.
        using var reopened = GatewayStateStore.Open(Path.Combine(disk.Path, "nixclaw.db"));
        Assert.Equal(42, reopened.GetCursor("channel"));
        Assert.Equal(claimedCount + 1, reopened.Counts().Claimed);
    }

    [Fact]
    public async Task The_gateway_stops_taking_posts_while_the_disk_is_full_and_answers_each_once_afterwards()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        using var disk = SmallDisk.TryMount(h.StateDirectory, 8);
        Assert.SkipWhen(disk is null, "mounting a tmpfs needs root");
        h.Model.Responder = _ => FakeReply.Text("answer");
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(stateRetry: TimeSpan.FromMilliseconds(100)), Ct);
        using var http = new HttpClient();
        var sent = 0;
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "before", cancellationToken: Ct);
        sent++;
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        // Fill the disk, then post large messages (each claim stores the post) until a write fails.
        disk.Fill();
        var big = string.Concat(Enumerable.Repeat("😀", 16_000));
        for (var i = 0; i < 40 && gateway.Store.IsWritable; i++)
        {
            await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, big, cancellationToken: Ct);
            sent++;
            await GatewayHarness.WaitAsync(gateway, g => !g.Store.IsWritable || g.Metrics.Count(PostOutcome.Answered) == sent, Ct);
        }

        Assert.False(gateway.Store.IsWritable, "the disk filled up");
        using (var status = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(gateway.StatusUrl, "status"), Ct)))
        {
            Assert.Equal("degraded", status.RootElement.GetProperty("status").GetString());
            var state = status.RootElement.GetProperty("state");
            Assert.False(state.GetProperty("writable").GetBoolean());
            Assert.Contains("disk full", state.GetProperty("writeFailure").GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "while full", cancellationToken: Ct);
        sent++;
        await Task.Delay(300, Ct);
        Assert.True(gateway.Metrics.Count(PostOutcome.Answered) < sent, "posts wait while the disk is full");

        disk.Free();
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == sent, Ct, TimeSpan.FromSeconds(60));
        Assert.True(gateway.Store.IsWritable);
        Assert.Equal(sent, h.BotPosts(h.Coder).Count);
        Assert.Equal(0, gateway.Metrics.Count(PostOutcome.Duplicate));
        await gateway.StopAsync();
    }

    // A large message, so each claim needs new room in the WAL.
    private static InboundPost Post(int i) => new($"post-{i:D4}", "channel", "coder", "user", "alice", new string('x', 64 * 1024), "", 1000 + i);
}
