namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>
/// The behavioural suite on Podman with <see cref="PodmanSandboxOptions.ReuseContainers"/> (<c>podman exec</c> into a
/// long-lived container per agent), plus what that mode adds: the container is reused, and a timeout replaces it.
/// </summary>
public sealed class PodmanReusedContainerTests(ReusedPodmanFixture fixture) : SandboxBehaviourTests, IClassFixture<ReusedPodmanFixture>
{
    private readonly PodmanSandbox _sandbox = fixture.Sandbox;

    protected override string Backend => "podman";

    protected override async Task<ISandbox> SandboxAsync()
    {
        await TestHost.RequireAsync("podman");
        return _sandbox;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_share_the_container_and_a_timeout_replaces_it()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();

        var first = await sandbox.RunAsync(TestHost.Request(ws, "echo kept > /tmp/state; cat /proc/1/cmdline | tr '\\0' ' '"), Ct);
        var second = await sandbox.RunAsync(TestHost.Request(ws, "cat /tmp/state"), Ct);
        var timedOut = await sandbox.RunAsync(TestHost.Request(ws, "sleep 100", TestHost.Limits(TimeSpan.FromSeconds(1))), Ct);
        var afterTimeout = await sandbox.RunAsync(TestHost.Request(ws, "cat /tmp/state 2>/dev/null || echo fresh"), Ct);

        Assert.StartsWith("/bin/sh -c while", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("kept\n", second.StandardOutput);
        Assert.True(timedOut.TimedOut);
        Assert.Equal("fresh\n", afterTimeout.StandardOutput);
    }

    [Fact]
    public async Task Killed_leftovers_are_reaped_so_calls_do_not_use_up_the_process_limit()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var limits = TestHost.Limits(maxProcesses: 8);

        // Each call leaves three sleepers, which the end of the call kills; unreaped, they would pile up as zombies.
        for (var i = 0; i < 4; i++)
        {
            var r = await sandbox.RunAsync(TestHost.Request(ws, "sleep 1000 & sleep 1000 & sleep 1000 & echo ok", limits), Ct);
            Assert.Equal("ok\n", r.StandardOutput);
        }

        var count = await sandbox.RunAsync(TestHost.Request(ws, "set -- /proc/[0-9]*; echo $#", limits), Ct);
        Assert.InRange(int.Parse(count.StandardOutput, System.Globalization.CultureInfo.InvariantCulture), 1, 5);
    }

    [Fact]
    public async Task Dispose_removes_the_containers()
    {
        var sandbox = new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = TestHost.RunAsUser, ReuseContainers = true });
        await TestHost.RequireAsync("podman");
        using var ws = TestHost.CreateWorkspace();
        var nonce = Random.Shared.Next(100_000, 999_999);
        var before = TestHost.Run("setpriv", $"--reuid={TestHost.WorkspaceOwner}", $"--regid={TestHost.WorkspaceOwner}", "--init-groups", "--reset-env", "--",
            "podman", "ps", "--all", "--format", "{{.Names}}");
        Assert.DoesNotContain("nixclaw-dispose-check-", before, StringComparison.Ordinal);
        // Its own agent id, so containers of tests running in parallel do not show up below.
        await sandbox.RunAsync(new SandboxRequest("dispose-check", $"true {nonce}", ws.Path, TestHost.Limits()), Ct);
        var running = TestHost.Run("setpriv", $"--reuid={TestHost.WorkspaceOwner}", $"--regid={TestHost.WorkspaceOwner}", "--init-groups", "--reset-env", "--",
            "podman", "ps", "--format", "{{.Names}}");
        Assert.Contains("nixclaw-dispose-check-", running, StringComparison.Ordinal);

        await sandbox.DisposeAsync();

        var names = TestHost.Run("setpriv", $"--reuid={TestHost.WorkspaceOwner}", $"--regid={TestHost.WorkspaceOwner}", "--init-groups", "--reset-env", "--",
            "podman", "ps", "--all", "--format", "{{.Names}}");
        Assert.DoesNotContain("nixclaw-dispose-check-", names, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Containers_left_by_a_dead_gateway_are_removed()
    {
        await TestHost.RequireAsync("podman");
        using var ws = TestHost.CreateWorkspace();
        // A pid that cannot be running: above the kernel's pid_max.
        var stale = "nixclaw-stale-check-" + Guid.NewGuid().ToString("N")[..8];
        Podman("run", "--detach", "--rm", "--name=" + stale, "--label=io.nixclaw.sandbox.owner=99999999", "--network=none", TestHost.Image, "/bin/sleep", "1000");
        Assert.Contains(stale, Podman("ps", "--format", "{{.Names}}"), StringComparison.Ordinal);

        await using var sandbox = new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = TestHost.RunAsUser, ReuseContainers = true });
        await sandbox.RunAsync(TestHost.Request(ws, "true"), Ct);

        Assert.DoesNotContain(stale, Podman("ps", "--all", "--format", "{{.Names}}"), StringComparison.Ordinal);
    }

    private static string Podman(params string[] args) =>
        TestHost.Run("setpriv", [$"--reuid={TestHost.WorkspaceOwner}", $"--regid={TestHost.WorkspaceOwner}", "--init-groups", "--reset-env", "--", "podman", .. args]);
}
