namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>What the backends report about this host, and how a missing tool shows up.</summary>
public sealed class SandboxCapabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Podman_reports_how_limits_are_enforced_here()
    {
        var podman = await TestHost.RequireAsync("podman");
        var c = await podman.GetCapabilitiesAsync(Ct);

        Assert.True(c.IsAvailable);
        Assert.Contains("rootless", c.Detail, StringComparison.Ordinal);
        // Rootless on cgroup v1 (this machine) gets no controllers; with delegated cgroup v2 controllers it gets them all.
        if (c.Detail.Contains("no cgroup controllers", StringComparison.Ordinal))
        {
            Assert.Equal((LimitEnforcement.Rlimit, LimitEnforcement.PerProcessRlimit, LimitEnforcement.None), (c.Processes, c.Memory, c.Cpu));
        }
        else
        {
            Assert.Equal(LimitEnforcement.Cgroup, c.Processes);
        }
    }

    [Fact]
    public async Task Bubblewrap_reports_rlimits()
    {
        var c = await (await TestHost.RequireAsync("bubblewrap")).GetCapabilitiesAsync(Ct);
        Assert.Equal((LimitEnforcement.Rlimit, LimitEnforcement.PerProcessRlimit, LimitEnforcement.None), (c.Processes, c.Memory, c.Cpu));
        Assert.Contains("bubblewrap", c.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_tool_is_unavailable_with_its_name_and_run_fails_clearly()
    {
        var podman = new PodmanSandbox(new PodmanSandboxOptions { PodmanPath = "/nonexistent/podman", RunAsUser = TestHost.RunAsUser });
        var bwrap = new BubblewrapSandbox(new BubblewrapSandboxOptions { BwrapPath = "/nonexistent/bwrap", RootFilesystem = TestHost.RootFilesystem, RunAsUser = TestHost.RunAsUser });
        using var ws = TestHost.CreateWorkspace();

        var p = await podman.GetCapabilitiesAsync(Ct);
        var b = await bwrap.GetCapabilitiesAsync(Ct);

        Assert.False(p.IsAvailable);
        Assert.Contains("podman", p.Detail, StringComparison.Ordinal);
        Assert.False(b.IsAvailable);
        Assert.Contains("bwrap", b.Detail, StringComparison.Ordinal);
        var e = await Assert.ThrowsAsync<SandboxUnavailableException>(() => podman.RunAsync(TestHost.Request(ws, "true"), Ct));
        Assert.Contains("podman", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_image_is_a_clear_error()
    {
        var podman = await TestHost.RequireAsync("podman");
        using var ws = TestHost.CreateWorkspace();

        var e = await Assert.ThrowsAsync<SandboxUnavailableException>(() =>
            podman.RunAsync(TestHost.Request(ws, "true", TestHost.Limits() with { Image = "localhost/nixclaw-no-such-image" }), Ct));

        Assert.Contains("nixclaw-no-such-image", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_selector_falls_back_to_bubblewrap_when_podman_cannot_run()
    {
        var broken = new PodmanSandbox(new PodmanSandboxOptions { PodmanPath = "/nonexistent/podman", RunAsUser = TestHost.RunAsUser });
        var bwrap = (BubblewrapSandbox)await TestHost.RequireAsync("bubblewrap");
        var declared = new NixClaw.Bindings.SandboxInfo("podman", false, 256, 64, TimeSpan.FromSeconds(5), TestHost.Image);

        Assert.Same(bwrap, await new SandboxSelector(broken, bwrap).SelectAsync(declared, Ct));
        Assert.Equal(2, (await new SandboxSelector(broken, bwrap).DescribeAsync(Ct)).Count);
        await Assert.ThrowsAsync<SandboxUnavailableException>(() => new SandboxSelector(broken, null).SelectAsync(declared, Ct));
    }
}
