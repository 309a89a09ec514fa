using System.Diagnostics;
using System.Reflection;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>
/// tests/support/NixClaw.Tools.TestProgram (hand-written C# tools) and what scripts/setup-sandbox prepared: the rootless
/// sandbox user, the busybox rootfs, the image. As root, sandboxes run as that user, as they do as the service user.
/// </summary>
internal static class ToolTestProgram
{
    public const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";

    public static readonly string SandboxUser = Environment.GetEnvironmentVariable("NIXCLAW_SANDBOX_TEST_USER") ?? "nixclaw-sbx";

    public static string? RunAsUser => Environment.UserName == "root" ? SandboxUser : null;

    public static string Path { get; } = NixClaw.Testing.DeployedProgram.Of(typeof(ToolTestProgram).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ToolTestProgram").Value!);

    public static ToolProgram Program => ToolProgram.ForAssembly(Path);

    public static ISandbox Sandbox(string backend) => backend == "podman"
        ? new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = RunAsUser })
        : new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = RunAsUser });

    /// <summary>A fresh workspace the sandbox user owns (as the service user owns the agents' workspaces).</summary>
    public static string CreateWorkspace()
    {
        var home = RunAsUser is null ? System.IO.Path.GetTempPath() : $"/home/{SandboxUser}";
        var dir = System.IO.Path.Combine(home, "nixclaw-tool-workspaces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (RunAsUser is { } user)
        {
            Run("chown", user + ":", System.IO.Path.GetDirectoryName(dir)!, dir);
        }

        return dir;
    }

    /// <summary>Runs the test program itself (a real process, as an operator would run the verb).</summary>
    public static async Task<RunResult> RunVerbAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        psi.ArgumentList.Add(Path);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = p.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await p.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new RunResult(p.ExitCode, await output, await error);
    }

    public static void Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{program} {string.Join(' ', args)} failed: {error}");
    }
}
