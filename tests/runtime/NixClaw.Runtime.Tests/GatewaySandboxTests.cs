using System.Diagnostics;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>
/// An agent that declares <c>SandboxBackend.Bubblewrap</c> gets bubblewrap when the gateway is given a root filesystem
/// (<c>--sandbox-rootfs</c> or <c>NIXCLAW_SANDBOX_ROOTFS</c>), and the gateway refuses to start (78) without one.
/// Uses the busybox rootfs and the rootless user that <c>scripts/setup-sandbox</c> installs.
/// </summary>
public sealed class GatewaySandboxTests
{
    private const string BusyboxRootfs = "/var/lib/nixclaw-sandbox/rootfs";

    private static readonly string SandboxUser = Environment.GetEnvironmentVariable("NIXCLAW_SANDBOX_TEST_USER") ?? "nixclaw-sbx";

    // As root, bwrap runs as the rootless test user (RLIMIT_NPROC is not enforced for root).
    private static string? RunAsUser => Environment.UserName == "root" ? SandboxUser : null;

    [Fact]
    public async Task GatewayHelpShowsTheRootFilesystemOptionAndVariable()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["gateway", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(AgentSandboxes.RootFilesystemOption, result.Output, StringComparison.Ordinal);
        Assert.Contains(AgentSandboxes.RootFilesystemVariable, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABubblewrapAgentWithoutARootFilesystemStopsTheStartWith78NamingTheAgentOptionAndVariable()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["gateway"], manifest: WithAgent("bubblewrap"));

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        var line = result.Error.Split('\n')[0];
        Assert.StartsWith("error: agent 'notes' has the exec tool in a bubblewrap sandbox", line, StringComparison.Ordinal);
        Assert.Contains("--sandbox-rootfs <dir>", line, StringComparison.Ordinal);
        Assert.Contains("NIXCLAW_SANDBOX_ROOTFS", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARootFilesystemWithoutBinShStopsTheStartWith78()
    {
        using var lab = new LabProject();
        var empty = Directory.CreateTempSubdirectory("nixclaw-empty-rootfs-").FullName;
        try
        {
            var fromVariable = await lab.RunAsync(["gateway"], manifest: WithAgent("bubblewrap"),
                variables: new Dictionary<string, string> { [AgentSandboxes.RootFilesystemVariable] = empty });
            var fromOption = await lab.RunAsync(["gateway", "--sandbox-rootfs", empty], manifest: WithAgent("bubblewrap"));

            foreach (var result in new[] { fromVariable, fromOption })
            {
                Assert.Equal(ExitCodes.Config, result.ExitCode);
                Assert.Contains($"agent 'notes'", result.Error, StringComparison.Ordinal);
                Assert.Contains($"'{empty}' has no /bin/sh", result.Error, StringComparison.Ordinal);
                Assert.Contains("--sandbox-rootfs", result.Error, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public async Task WithTheBusyboxRootfsTheGatewayGetsPastTheSandboxCheck()
    {
        RequireRootfs();
        using var lab = new LabProject();

        // No Mattermost token is written, so the start fails later, on the token: the sandbox was accepted.
        var fromOption = await lab.RunAsync(["gateway", "--sandbox-rootfs", BusyboxRootfs], manifest: WithAgent("bubblewrap"));
        var fromVariable = await lab.RunAsync(["gateway"], manifest: WithAgent("bubblewrap"),
            variables: new Dictionary<string, string> { [AgentSandboxes.RootFilesystemVariable] = BusyboxRootfs });

        foreach (var result in new[] { fromOption, fromVariable })
        {
            Assert.Equal(ExitCodes.Config, result.ExitCode);
            Assert.DoesNotContain("sandbox", result.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("bubblewrap", result.Error, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ABubblewrapAgentIsGivenBubblewrapAndItsExecRunsInTheRootfs()
    {
        RequireRootfs();
        var manifest = WithAgent("bubblewrap");
        var selector = AgentSandboxes.CreateSelector(BusyboxRootfs, RunAsUser);

        var sandboxes = await AgentSandboxes.SelectAsync(manifest, selector, TestContext.Current.CancellationToken);

        var sandbox = sandboxes["notes"];
        Assert.Equal("bubblewrap", sandbox.Backend);
        var workspace = CreateWorkspace();
        try
        {
            var agent = manifest.AllAgents[0];
            var result = await sandbox.RunAsync(
                new SandboxRequest("notes", "pwd; ls /; echo made > made.txt", workspace,
                    new SandboxLimits(false, 256, 64, TimeSpan.FromSeconds(30), 64 * 1024, 1, agent.Sandbox.Image)),
                TestContext.Current.CancellationToken);

            Assert.True(result.ExitCode == 0, result.StandardError);
            Assert.StartsWith("/workspace\n", result.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("workspace", result.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("nix", result.StandardOutput, StringComparison.Ordinal);
            Assert.Equal("made\n", File.ReadAllText(Path.Combine(workspace, "made.txt")));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static TestManifest WithAgent(string backend)
    {
        var notes = Lab.Manifest.AllAgents.Single(a => a.Id == "notes");
        return new TestManifest(Lab.Manifest)
        {
            AgentsOverride = [notes with { Tools = ["exec", .. notes.Tools], Sandbox = notes.Sandbox with { Backend = backend } }],
        };
    }

    private static void RequireRootfs() =>
        Assert.True(File.Exists(Path.Combine(BusyboxRootfs, "bin", "sh")), $"The busybox rootfs {BusyboxRootfs} is missing; run scripts/setup.");

    // A workspace the sandbox user owns, below its home (the test's own temp folder may be closed to it).
    private static string CreateWorkspace()
    {
        var home = RunAsUser is null ? Path.GetTempPath() : $"/home/{SandboxUser}";
        var dir = Path.Combine(home, "nixclaw-test-workspaces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (RunAsUser is { } user)
        {
            using var chown = Process.Start("chown", [user + ":", Path.GetDirectoryName(dir)!, dir]);
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }

        return dir;
    }
}
