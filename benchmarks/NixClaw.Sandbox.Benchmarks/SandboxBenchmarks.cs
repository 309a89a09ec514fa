using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NixClaw.Runtime.Sandbox;

namespace NixClaw.Sandbox.Benchmarks;

/// <summary>
/// Per-call cost of the sandbox (<c>true</c> as the command) against the same launcher run bare with the same
/// flags, for both backends, plus <c>podman exec</c> into a long-lived container (the alternative to a run per call).
/// Each call takes a few hundred milliseconds, so the job is short: 3 warm-up and 20 measured calls each.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 20, invocationCount: 1)]
public class SandboxBenchmarks
{
    private const string User = "nixclaw-sbx";
    private const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";
    private PodmanSandbox _podman = null!;
    private PodmanSandbox _podmanReuse = null!;
    private BubblewrapSandbox _bwrap = null!;
    private SandboxCapabilities _podmanCapabilities = null!;
    private SandboxRequest _request = null!;
    private string? _runAs;
    private string _workspace = "";
    private string _longLived = "";

    [GlobalSetup]
    public void Setup()
    {
        _runAs = Environment.UserName == "root" ? User : null;
        _workspace = Path.Combine(Environment.UserName == "root" ? $"/home/{User}" : Path.GetTempPath(), "nixclaw-bench-ws");
        Directory.CreateDirectory(_workspace);
        if (_runAs is not null)
        {
            Run("chown", [User + ":", _workspace], asUser: false);
        }

        _podman = new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = _runAs });
        _podmanReuse = new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = _runAs, ReuseContainers = true });
        _bwrap = new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = _runAs });
        _podmanCapabilities = _podman.GetCapabilitiesAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (!_podmanCapabilities.IsAvailable)
        {
            throw new InvalidOperationException(_podmanCapabilities.Detail + " (run scripts/setup)");
        }

        _request = new SandboxRequest("bench", "true", _workspace, new SandboxLimits(false, 256, 64, TimeSpan.FromSeconds(60)));

        // A long-lived container with the same confinement, for podman exec.
        _longLived = PodmanSandbox.ContainerName("bench-exec");
        var args = _podman.RunArguments(_request with { Command = "sleep 100000" }, _longLived, _podmanCapabilities).ToList();
        args.Insert(args.IndexOf("run") + 1, "--detach");
        args.RemoveAll(a => a.StartsWith("--timeout=", StringComparison.Ordinal)); // it lives for the whole run
        Run("podman", args, asUser: true);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Run("podman", ["rm", "--force", "--time=0", _longLived], asUser: true);
        _podmanReuse.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public void BarePodmanRun() =>
        Run("podman", _podman.RunArguments(_request, PodmanSandbox.ContainerName("bench"), _podmanCapabilities), asUser: true);

    [Benchmark]
    public SandboxResult PodmanSandbox_Run() => _podman.RunAsync(_request, CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public void BarePodmanExec() => Run("podman", ["--log-level=error", "exec", _longLived, "/bin/sh", "-c", "true"], asUser: true);

    [Benchmark]
    public SandboxResult PodmanSandbox_ReusedContainer() => _podmanReuse.RunAsync(_request, CancellationToken.None).GetAwaiter().GetResult();

    [Benchmark]
    public void BareBwrap() => Run("bwrap", _bwrap.Arguments(_request), asUser: true);

    [Benchmark]
    public SandboxResult BubblewrapSandbox_Run() => _bwrap.RunAsync(_request, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs a program the way a shell script would (as the sandbox user when root), reading its output.</summary>
    private void Run(string program, IEnumerable<string> args, bool asUser)
    {
        var psi = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asUser && _runAs is not null)
        {
            psi.FileName = "setpriv";
            foreach (var a in (string[])[$"--reuid={_runAs}", $"--regid={_runAs}", "--init-groups", "--reset-env", "--", program])
            {
                psi.ArgumentList.Add(a);
            }
        }
        else
        {
            psi.FileName = program;
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({p.ExitCode}): {error}{output.Result}");
        }
    }
}
