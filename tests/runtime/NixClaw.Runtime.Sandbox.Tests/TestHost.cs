using System.Diagnostics;
using NixClaw.Bindings;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>
/// What <c>scripts/setup-sandbox</c> prepared: the rootless test user, the busybox rootfs, the image.
/// A missing piece fails the test with the tool's name and <c>scripts/setup</c>, never skips it.
/// </summary>
internal static class TestHost
{
    public static readonly string User = Environment.GetEnvironmentVariable("NIXCLAW_SANDBOX_TEST_USER") ?? "nixclaw-sbx";

    public const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";

    public const string Image = "localhost/nixclaw-sandbox";

    private static readonly Lazy<PodmanSandbox> s_podman = new(() => new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = RunAsUser }));

    private static readonly Lazy<BubblewrapSandbox> s_bubblewrap = new(() =>
        new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = RunAsUser }));

    /// <summary>The test user when we are root; null when the tests already run as an unprivileged user.</summary>
    public static string? RunAsUser => Environment.UserName == "root" ? User : null;

    public static string WorkspaceOwner => RunAsUser ?? Environment.UserName;

    public static async Task<ISandbox> RequireAsync(string backend)
    {
        var tool = backend == "podman" ? "podman" : "bwrap (bubblewrap)";
        ISandbox sandbox;
        try
        {
            sandbox = backend == "podman" ? s_podman.Value : s_bubblewrap.Value;
        }
        catch (Exception e) when (e is ArgumentException or SandboxUnavailableException)
        {
            Assert.Fail($"{tool} cannot run for the tests ({e.Message}); run scripts/setup.");
            throw;
        }

        var capabilities = await sandbox.GetCapabilitiesAsync(TestContext.Current.CancellationToken);
        Assert.True(capabilities.IsAvailable, $"{tool} is missing or not set up ({capabilities.Detail}); run scripts/setup.");
        return sandbox;
    }

    /// <summary>A fresh workspace owned by the sandbox user (as the service user's workspaces are).</summary>
    public static TestWorkspace CreateWorkspace()
    {
        var home = Environment.UserName == "root" ? $"/home/{User}" : Path.GetTempPath();
        Assert.True(Directory.Exists(home), $"The sandbox test user's home {home} is missing; run scripts/setup.");
        var dir = Path.Combine(home, "nixclaw-test-workspaces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (RunAsUser is { } user)
        {
            Run("chown", user + ":", Path.GetDirectoryName(dir)!, dir);
        }

        return new TestWorkspace(dir);
    }

    public static SandboxRequest Request(TestWorkspace workspace, string command, SandboxLimits? limits = null) =>
        new("tester", command, workspace.Path, limits ?? Limits());

    public static SandboxLimits Limits(TimeSpan? timeout = null, int maxProcesses = 64, int maxOutputBytes = 64 * 1024) =>
        new(false, 256, maxProcesses, timeout ?? TimeSpan.FromSeconds(30), maxOutputBytes, 1, Image);

    public static AgentInfo Agent(IReadOnlyList<string> tools, string backend = "podman", SecretInfo? webSearchKey = null, int maxResults = 5) =>
        new("tester", "Tester", "tester", "fake-1", tools, webSearchKey, maxResults,
            new SandboxInfo(backend, false, 256, 64, TimeSpan.FromSeconds(30), Image), "default", TimeSpan.FromMinutes(15), 20);

    /// <summary>Whether any process on the host has <paramref name="needle"/> in its command line.</summary>
    public static bool AnyProcessWith(string needle)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (cmdline.Contains(needle, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return false;
    }

    public static string Run(string program, params string[] args)
    {
        // From /: the test's own folder (a clone under a 0700 home) may be closed to the sandbox user.
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
