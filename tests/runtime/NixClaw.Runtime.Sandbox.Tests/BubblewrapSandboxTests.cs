using System.Net;
using System.Net.Sockets;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>The behavioural suite on bubblewrap, plus declared network access (Podman's slirp4netns needs /dev/net/tun, closed here).</summary>
public sealed class BubblewrapSandboxTests : SandboxBehaviourTests
{
    protected override string Backend => "bubblewrap";

    [Fact]
    public async Task Dev_is_read_only_and_dev_shm_is_bounded()
    {
        // Issue 17: bwrap's --dev tmpfs had no size limit, so a command could fill the host's memory through it.
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var r = await sandbox.RunAsync(
            TestHost.Request(ws, "touch /dev/planted 2>/dev/null && echo dev-writable; head -c 33554432 /dev/zero > /dev/shm/fill 2>/dev/null || echo shm-full; echo ok > /dev/null && echo null-works"),
            TestContext.Current.CancellationToken);
        Assert.DoesNotContain("dev-writable", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("shm-full", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("null-works", r.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declared_network_access_reaches_the_host()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        // Accept and close at once, so nc sees the end of the stream and exits.
        var served = Task.Run(async () => (await listener.AcceptTcpClientAsync(TestContext.Current.CancellationToken)).Dispose(), TestContext.Current.CancellationToken);

        var r = await sandbox.RunAsync(TestHost.Request(ws, $"echo hello | nc -w 2 127.0.0.1 {port} && echo sent", TestHost.Limits() with { Network = true }), TestContext.Current.CancellationToken);

        await served.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.True(r.ExitCode == 0, r.StandardOutput + r.StandardError);
        Assert.Contains("sent", r.StandardOutput, StringComparison.Ordinal);
    }
}
