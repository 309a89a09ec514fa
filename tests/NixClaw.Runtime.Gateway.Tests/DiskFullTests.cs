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

    // A large message, so each claim needs new room in the WAL.
    private static InboundPost Post(int i) => new($"post-{i:D4}", "channel", "coder", "user", "alice", new string('x', 64 * 1024), "", 1000 + i);
}
