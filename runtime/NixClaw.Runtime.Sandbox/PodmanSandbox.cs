using System.Globalization;
using System.Text.Json;

namespace NixClaw.Runtime.Sandbox;

/// <summary>
/// Rootless Podman backend: one <c>podman run --rm</c> per call. The command is the container's PID 1, so
/// when it exits the kernel kills whatever it left running in the container's PID namespace.
/// </summary>
public sealed partial class PodmanSandbox : ISandbox, IAsyncDisposable
{
    private readonly PodmanSandboxOptions _options;
    private readonly RunAs _runAs;
    private readonly Lazy<Task<SandboxCapabilities>> _capabilities;

    public PodmanSandbox(PodmanSandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _runAs = new RunAs(options.RunAsUser);
        _capabilities = new(DetectAsync);
        _staleRemoved = new(RemoveStaleContainersAsync);
    }

    /// <inheritdoc/>
    public string Backend => "podman";

    /// <inheritdoc/>
    public Task<SandboxCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) =>
        _capabilities.Value.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var capabilities = await GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
        if (!capabilities.IsAvailable)
        {
            throw new SandboxUnavailableException(capabilities.Detail);
        }

        if (_options.ReuseContainers)
        {
            return await RunInLongLivedContainerAsync(request, capabilities, cancellationToken).ConfigureAwait(false);
        }

        var name = ContainerName(request.AgentId);
        var psi = _runAs.StartInfo(_options.PodmanPath, RunArguments(request, name, capabilities));
        var outcome = await SandboxProcess.RunAsync(
            psi,
            request.Limits.Timeout,
            request.Limits.MaxOutputBytes,
            () => RemoveContainerAsync(name),
            cancellationToken,
            request.StandardInput).ConfigureAwait(false);

        // podman reports its own failures (no such image, bad flag) with 125 and "Error: ...", before the command runs.
        if (outcome.ExitCode == 125 && !outcome.TimedOut && outcome.Error.ToText().StartsWith("Error: ", StringComparison.Ordinal))
        {
            throw new SandboxUnavailableException($"podman could not start the sandbox for agent '{request.AgentId}': {outcome.Error.ToText().Trim()}");
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

    /// <summary>
    /// The <c>podman run</c> arguments for a request (public so the benchmark can run the same flags bare).
    /// </summary>
    public IReadOnlyList<string> RunArguments(SandboxRequest request, string containerName, SandboxCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(capabilities);
        var limits = request.Limits;
        var args = new List<string> { "--log-level=error" };
        if (_options.Runtime is { } runtime)
        {
            args.Add("--runtime=" + runtime);
        }

        args.AddRange(
        [
            "run", "--rm", "--pull=never", "--name=" + containerName,
            // Nothing is logged to disk: output goes straight to us.
            "--log-driver=none",
            "--network=" + (limits.Network ? "slirp4netns" : "none"),
            "--read-only", "--read-only-tmpfs=false",
            "--tmpfs=/tmp:rw,nosuid,nodev,mode=1777,size=" + _options.TmpSizeMb.ToString(CultureInfo.InvariantCulture) + "m",
            "--cap-drop=ALL",
            "--security-opt=no-new-privileges",
            // The container runs as the service user's own uid, so files in the workspace stay theirs.
            "--userns=keep-id",
            "--mount=type=bind,source=" + request.WorkspaceDirectory + ",destination=/workspace,rw=true",
            "--workdir=/workspace",
            "--env=HOME=/workspace",
            "--hostname=sandbox",
            // Backstop: conmon kills the container even if this process dies before its own timeout fires.
            "--timeout=" + ((int)Math.Ceiling(limits.Timeout.TotalSeconds) + 30).ToString(CultureInfo.InvariantCulture),
        ]);

        // Podman follows a link given as the source, so a linked host path shows its target's content at the link's
        // own path; bind-propagation=rprivate keeps host mount events out.
        foreach (var path in request.ReadOnlyPaths)
        {
            args.Add("--mount=type=bind,source=" + path + ",destination=" + path + ",ro=true,bind-propagation=rprivate");
        }

        if (request.StandardInput is not null)
        {
            args.Add("--interactive");
        }

        // RLIMIT_NPROC is set inside the container's user namespace, so it counts only the container's processes.
        args.Add("--ulimit=nproc=" + limits.MaxProcesses.ToString(CultureInfo.InvariantCulture) + ":" + limits.MaxProcesses.ToString(CultureInfo.InvariantCulture));
        if (capabilities.Processes == LimitEnforcement.Cgroup)
        {
            args.Add("--pids-limit=" + limits.MaxProcesses.ToString(CultureInfo.InvariantCulture));
        }

        if (capabilities.Memory == LimitEnforcement.Cgroup)
        {
            args.Add("--memory=" + limits.MemoryMb.ToString(CultureInfo.InvariantCulture) + "m");
            args.Add("--memory-swap=" + limits.MemoryMb.ToString(CultureInfo.InvariantCulture) + "m");
        }

        if (capabilities.Cpu == LimitEnforcement.Cgroup && limits.Cpus is { } cpus)
        {
            args.Add("--cpus=" + cpus.ToString(CultureInfo.InvariantCulture));
        }

        args.Add(limits.Image);
        args.AddRange(CommandArguments(request, capabilities, "exec /bin/sh -c \"$0\""));
        return args;
    }

    /// <summary>
    /// <c>/bin/sh -c</c> running <paramref name="script"/>, which runs the command from <c>$0</c> (never spliced into
    /// the script, so it needs no quoting). Without the memory controller the script first sets RLIMIT_AS, as
    /// Podman has no <c>--ulimit as</c>.
    /// </summary>
    private static string[] CommandArguments(SandboxRequest request, SandboxCapabilities capabilities, string script)
    {
        var kib = ((long)request.Limits.MemoryMb * 1024).ToString(CultureInfo.InvariantCulture);
        var limit = capabilities.Memory == LimitEnforcement.Cgroup ? "" : $"ulimit -v {kib} && ";
        return ["/bin/sh", "-c", limit + script, request.Command];
    }

    /// <summary>A unique container name: <c>nixclaw-&lt;agent&gt;-&lt;random&gt;</c>.</summary>
    public static string ContainerName(string agentId)
    {
        var safe = new string([.. agentId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return "nixclaw-" + safe + "-" + Guid.NewGuid().ToString("N")[..12];
    }

    private async Task RemoveContainerAsync(string name)
    {
        var psi = _runAs.StartInfo(_options.PodmanPath, ["--log-level=error", "rm", "--force", "--time=0", "--ignore", name]);
        using var rm = System.Diagnostics.Process.Start(psi)!;
        rm.StandardInput.Close();
        await Task.WhenAll(rm.StandardOutput.ReadToEndAsync(), rm.StandardError.ReadToEndAsync(), rm.WaitForExitAsync()).ConfigureAwait(false);
    }

    /// <summary>Asks <c>podman info</c> which cgroup controllers this user may use.</summary>
    private async Task<SandboxCapabilities> DetectAsync()
    {
        var psi = _runAs.StartInfo(_options.PodmanPath, ["--log-level=error", "info", "--format=json"]);
        SandboxProcess.Outcome outcome;
        try
        {
            outcome = await SandboxProcess.RunAsync(psi, TimeSpan.FromSeconds(60), 1024 * 1024, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (SandboxUnavailableException e)
        {
            return SandboxCapabilities.Unavailable(Backend, $"podman is not installed or not runnable{ForUser}: {e.Message}");
        }

        if (outcome.ExitCode != 0)
        {
            return SandboxCapabilities.Unavailable(Backend, $"'podman info'{ForUser} failed (exit {outcome.ExitCode}): {outcome.Error.ToText().Trim()}");
        }

        using var info = JsonDocument.Parse(outcome.Output.ToText());
        var host = info.RootElement.GetProperty("host");
        var controllers = host.TryGetProperty("cgroupControllers", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(e => e.GetString()).ToHashSet()
            : [];
        var cgroups = host.TryGetProperty("cgroupVersion", out var v) ? v.GetString() : "?";
        var runtime = host.TryGetProperty("ociRuntime", out var r) && r.TryGetProperty("name", out var n) ? n.GetString() : "?";
        var version = info.RootElement.TryGetProperty("version", out var ver) && ver.TryGetProperty("Version", out var vv) ? vv.GetString() : "?";
        var rootless = host.TryGetProperty("security", out var s) && s.TryGetProperty("rootless", out var rl) && rl.GetBoolean();

        var processes = controllers.Contains("pids") ? LimitEnforcement.Cgroup : LimitEnforcement.Rlimit;
        var memory = controllers.Contains("memory") ? LimitEnforcement.Cgroup : LimitEnforcement.PerProcessRlimit;
        var cpu = controllers.Contains("cpu") ? LimitEnforcement.Cgroup : LimitEnforcement.None;
        var detail = $"podman {version}, {runtime}, {(rootless ? "rootless" : "as root")}{ForUser}, cgroups {cgroups}, "
            + (controllers.Count == 0
                ? "no cgroup controllers delegated to this user: processes limited by RLIMIT_NPROC, memory per process by RLIMIT_AS, CPU not limited"
                : "cgroup controllers: " + string.Join(' ', controllers.Order(StringComparer.Ordinal)));
        return new SandboxCapabilities(Backend, true, processes, memory, cpu, detail);
    }

    private string ForUser => _runAs.User is { } user ? $" as user '{user}'" : "";
}
