using System.Collections.Concurrent;
using System.Globalization;

namespace NixClaw.Runtime.Sandbox;

/// <summary>The <see cref="PodmanSandboxOptions.ReuseContainers"/> mode: <c>podman exec</c> into a long-lived container per agent.</summary>
public sealed partial class PodmanSandbox
{
    // "kill -9 -1" signals every process of the container but init and the caller: whatever the command left
    // behind dies before the call returns, exactly as when a fresh container's PID 1 exits.
    private const string ExecScript = "/bin/sh -c \"$0\"; rc=$?; kill -9 -1 2>/dev/null; exit $rc";

    private readonly ConcurrentDictionary<string, LongLivedContainer> _containers = new(StringComparer.Ordinal);

    private async Task<SandboxResult> RunInLongLivedContainerAsync(SandboxRequest request, SandboxCapabilities capabilities, CancellationToken cancellationToken)
    {
        // One container per agent, workspace and confinement; the timeout and output cap are per call.
        var limits = request.Limits with { Timeout = TimeSpan.FromSeconds(1), MaxOutputBytes = SandboxLimits.DefaultMaxOutputBytes };
        var key = string.Join('\n', [request.AgentId, request.WorkspaceDirectory, limits.ToString(), .. request.ReadOnlyPaths]);
        var container = _containers.GetOrAdd(key, _ => new LongLivedContainer(ContainerName(request.AgentId)));

        // Serialised per container: one call's "kill -9 -1" must not hit another call's processes.
        await container.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!container.IsRunning)
            {
                await StartAsync(container.Name, request, capabilities).ConfigureAwait(false);
                container.IsRunning = true;
            }

            var args = new List<string> { "--log-level=error", "exec", "--workdir=/workspace" };
            if (request.StandardInput is not null)
            {
                args.Add("--interactive");
            }

            args.Add(container.Name);
            args.AddRange(CommandArguments(request, capabilities, ExecScript));
            var outcome = await SandboxProcess.RunAsync(
                _runAs.StartInfo(_options.PodmanPath, args),
                request.Limits.Timeout,
                request.Limits.MaxOutputBytes,
                async () =>
                {
                    // Killing the exec session would not kill what it started inside; remove the whole container.
                    container.IsRunning = false;
                    await RemoveContainerAsync(container.Name).ConfigureAwait(false);
                },
                cancellationToken,
                request.StandardInput).ConfigureAwait(false);

            if (outcome.ExitCode is 125 or 126 && !outcome.TimedOut && outcome.Error.ToText().StartsWith("Error: ", StringComparison.Ordinal))
            {
                // The container is gone or broken (removed from outside, host reboot): start afresh next time.
                container.IsRunning = false;
                await RemoveContainerAsync(container.Name).ConfigureAwait(false);
                throw new SandboxUnavailableException($"podman could not run the command for agent '{request.AgentId}': {outcome.Error.ToText().Trim()}");
            }

            return new SandboxResult(
                outcome.ExitCode,
                outcome.Output.ToText(),
                outcome.Error.ToText(),
                outcome.Output.IsTruncated,
                outcome.Error.IsTruncated,
                outcome.TimedOut,
                outcome.Duration);
        }
        catch (OperationCanceledException)
        {
            container.IsRunning = false;
            throw;
        }
        finally
        {
            container.Lock.Release();
        }
    }

    // Long-lived containers carry the owning process id, so a later gateway can remove those a crashed one left.
    private const string OwnerLabel = "io.nixclaw.sandbox.owner";

    private readonly Lazy<Task> _staleRemoved;

    /// <summary>Starts the agent's container: the same confinement as a one-off run, with an idle, reaping PID 1.</summary>
    private async Task StartAsync(string name, SandboxRequest request, SandboxCapabilities capabilities)
    {
        await _staleRemoved.Value.ConfigureAwait(false);
        var args = RunArguments(request, name, capabilities).ToList();
        // Same flags up to the image; detached, no conmon timeout (it lives across calls), an idle PID 1.
        args.RemoveRange(args.IndexOf(request.Limits.Image) + 1, args.Count - args.IndexOf(request.Limits.Image) - 1);
        args.RemoveAll(a => a.StartsWith("--timeout=", StringComparison.Ordinal));
        args.Insert(args.IndexOf("run") + 1, "--detach");
        args.Insert(args.IndexOf("run") + 1, $"--label={OwnerLabel}={Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}");
        // PID 1 must reap: what "kill -9 -1" kills is re-parented to it, and unreaped zombies would count against
        // RLIMIT_NPROC call after call. A shell waiting in a loop reaps every child, adopted ones included.
        args.AddRange(["/bin/sh", "-c", "while :; do sleep 2147483647 & wait; done"]);
        var outcome = await SandboxProcess.RunAsync(_runAs.StartInfo(_options.PodmanPath, args), TimeSpan.FromSeconds(60), 64 * 1024, () => RemoveContainerAsync(name), CancellationToken.None)
            .ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            await RemoveContainerAsync(name).ConfigureAwait(false);
            throw new SandboxUnavailableException($"podman could not start the sandbox for agent '{request.AgentId}': {outcome.Error.ToText().Trim()}");
        }
    }

    /// <summary>Removes long-lived containers whose owning process is gone (a gateway that crashed or was killed).</summary>
    private async Task RemoveStaleContainersAsync()
    {
        var psi = _runAs.StartInfo(_options.PodmanPath, ["--log-level=error", "ps", "--all", "--filter=label=" + OwnerLabel, "--format={{.Names}} {{index .Labels \"" + OwnerLabel + "\"}}"]);
        var outcome = await SandboxProcess.RunAsync(psi, TimeSpan.FromSeconds(60), 1024 * 1024, null, CancellationToken.None).ConfigureAwait(false);
        foreach (var line in outcome.Output.ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(' ');
            if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner)
                && owner != Environment.ProcessId && !Directory.Exists($"/proc/{owner}"))
            {
                await RemoveContainerAsync(parts[0]).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Removes every long-lived container this instance started.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var container in _containers.Values)
        {
            await container.Lock.WaitAsync().ConfigureAwait(false);
            if (container.IsRunning)
            {
                container.IsRunning = false;
                await RemoveContainerAsync(container.Name).ConfigureAwait(false);
            }

            container.Lock.Release();
        }
    }

    /// <summary>One agent's container: its name, whether it runs, and the lock that serialises its calls.</summary>
    private sealed class LongLivedContainer(string name)
    {
        public string Name { get; } = name;

        public SemaphoreSlim Lock { get; } = new(1, 1);

        public bool IsRunning { get; set; }
    }
}
