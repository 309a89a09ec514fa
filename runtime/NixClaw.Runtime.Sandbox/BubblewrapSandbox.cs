using System.Globalization;

namespace NixClaw.Runtime.Sandbox;

/// <summary>
/// bubblewrap backend, for hosts without Podman: new user, PID, network, IPC, UTS and cgroup namespaces, the
/// configured root filesystem read-only, the workspace read-write at <c>/workspace</c>. bwrap sets no resource
/// limits, so a first shell sets RLIMIT_NPROC and RLIMIT_AS inside the new user namespace and then execs the
/// command, which cannot raise them again.
/// </summary>
public sealed class BubblewrapSandbox : ISandbox
{
    private readonly BubblewrapSandboxOptions _options;
    private readonly RunAs _runAs;
    private readonly Lazy<Task<SandboxCapabilities>> _capabilities;

    public BubblewrapSandbox(BubblewrapSandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _runAs = new RunAs(options.RunAsUser);
        _capabilities = new(DetectAsync);
    }

    /// <inheritdoc/>
    public string Backend => "bubblewrap";

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

        var psi = _runAs.StartInfo(_options.BwrapPath, Arguments(request));
        var outcome = await SandboxProcess.RunAsync(psi, request.Limits.Timeout, request.Limits.MaxOutputBytes, null, cancellationToken, request.StandardInput)
            .ConfigureAwait(false);
        return new SandboxResult(
            outcome.ExitCode,
            outcome.Output.ToText(),
            outcome.Error.ToText(),
            outcome.Output.IsTruncated,
            outcome.Error.IsTruncated,
            outcome.TimedOut,
            outcome.Duration);
    }

    /// <summary>The <c>bwrap</c> arguments for a request.</summary>
    public IReadOnlyList<string> Arguments(SandboxRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = request.Limits;
        var args = new List<string>
        {
            "--unshare-all", "--unshare-user", "--disable-userns",
            // bwrap (and with it every process of the sandbox) dies when we do; a new session stops TIOCSTI tricks.
            "--die-with-parent", "--new-session",
            // The command is PID 1 of its namespace: when it exits the kernel kills everything it left behind
            // before bwrap sees the exit, so nothing outlives the call.
            "--as-pid-1",
            "--cap-drop", "ALL",
            "--proc", "/proc",
            // --dev makes a writable tmpfs with no size limit (bwrap 0.8 takes --size only before --tmpfs): a
            // command could fill the host's memory through /dev/shm or /dev itself. So /dev/shm is its own bounded
            // tmpfs, and the /dev tmpfs is made read-only (not recursively: /dev/null, /dev/pts, /dev/shm stay usable).
            "--dev", "/dev",
            "--size", (_options.DevShmSizeMb * 1024L * 1024L).ToString(CultureInfo.InvariantCulture), "--tmpfs", "/dev/shm",
            "--remount-ro", "/dev",
            "--size", (_options.TmpSizeMb * 1024L * 1024L).ToString(CultureInfo.InvariantCulture), "--tmpfs", "/tmp",
            "--bind", request.WorkspaceDirectory, "/workspace",
            "--chdir", "/workspace",
            "--hostname", "sandbox",
            "--clearenv",
            "--setenv", "PATH", "/usr/local/bin:/usr/bin:/bin",
            "--setenv", "HOME", "/workspace",
        };
        args.InsertRange(args.IndexOf("ALL") + 1, RootMounts(request));
        // Paths below /tmp go on top of the sandbox's own /tmp, so after it (right before the workspace's --bind).
        var belowTmp = new List<string>();
        foreach (var path in request.ReadOnlyPaths.Where(SandboxRequest.IsBelowTmp))
        {
            AddReadOnly(belowTmp, path, path);
        }

        args.InsertRange(args.IndexOf("--bind"), belowTmp);
        if (request.ReadOnlyPaths.Count > 0)
        {
            // Everything is mounted: the tmpfs that held the mount points becomes read-only too.
            args.InsertRange(args.IndexOf("--chdir"), ["--remount-ro", "/"]);
        }

        if (limits.Network)
        {
            args.Add("--share-net");
        }

        var kib = ((long)limits.MemoryMb * 1024).ToString(CultureInfo.InvariantCulture);
        var procs = limits.MaxProcesses.ToString(CultureInfo.InvariantCulture);
        // The command travels as $0, never spliced into the script, so it needs no quoting.
        args.AddRange(["/bin/sh", "-c", $"ulimit -u {procs} && ulimit -v {kib} && exec /bin/sh -c \"$0\"", request.Command]);
        return args;
    }

    /// <summary>
    /// The root filesystem read-only at <c>/</c>. With read-only host paths (a C# tool's program and runtime) their
    /// mount points must be made first, which a read-only root forbids: the root is then bwrap's own tmpfs, each
    /// top-level entry of the root filesystem is bound into it, then the host paths, and the tmpfs is made
    /// read-only once every mount point exists.
    /// </summary>
    private List<string> RootMounts(SandboxRequest request)
    {
        if (request.ReadOnlyPaths.Count == 0)
        {
            return ["--ro-bind", _options.RootFilesystem, "/"];
        }

        var mounts = new List<string>();
        foreach (var entry in new DirectoryInfo(_options.RootFilesystem).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            AddReadOnly(mounts, entry.FullName, "/" + entry.Name);
        }

        foreach (var path in request.ReadOnlyPaths.Where(p => !SandboxRequest.IsBelowTmp(p)))
        {
            AddReadOnly(mounts, path, path);
        }

        return mounts;
    }

    // A link is recreated as the same link, so paths through it (an ELF interpreter's /lib64/...) resolve as on the host.
    private static void AddReadOnly(List<string> mounts, string source, string destination)
    {
        if (new FileInfo(source).LinkTarget is { } target)
        {
            mounts.AddRange(["--symlink", target, destination]);
        }
        else
        {
            mounts.AddRange(["--ro-bind", source, destination]);
        }
    }

    private async Task<SandboxCapabilities> DetectAsync()
    {
        if (!File.Exists(Path.Combine(_options.RootFilesystem, "bin", "sh")))
        {
            return SandboxCapabilities.Unavailable(Backend, $"The bubblewrap root filesystem '{_options.RootFilesystem}' has no /bin/sh.");
        }

        var psi = _runAs.StartInfo(_options.BwrapPath, ["--version"]);
        SandboxProcess.Outcome outcome;
        try
        {
            outcome = await SandboxProcess.RunAsync(psi, TimeSpan.FromSeconds(30), 4096, null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (SandboxUnavailableException e)
        {
            return SandboxCapabilities.Unavailable(Backend, $"bwrap (bubblewrap) is not installed: {e.Message}");
        }

        if (outcome.ExitCode != 0)
        {
            return SandboxCapabilities.Unavailable(Backend, $"'bwrap --version' failed (exit {outcome.ExitCode}): {outcome.Error.ToText().Trim()}");
        }

        var forUser = _runAs.User is { } user ? $" as user '{user}'" : "";
        // As root, RLIMIT_NPROC is not enforced (CAP_SYS_ADMIN and CAP_SYS_RESOURCE in the initial namespace win).
        if (_runAs.User is null && Native.GetEffectiveUserId() == 0)
        {
            return new SandboxCapabilities(
                Backend,
                true,
                LimitEnforcement.None,
                LimitEnforcement.PerProcessRlimit,
                LimitEnforcement.None,
                $"{outcome.Output.ToText().Trim()} as root, root filesystem {_options.RootFilesystem}: the process limit is NOT enforced for root; set RunAsUser to an unprivileged user");
        }

        return new SandboxCapabilities(
            Backend,
            true,
            LimitEnforcement.Rlimit,
            LimitEnforcement.PerProcessRlimit,
            LimitEnforcement.None,
            $"{outcome.Output.ToText().Trim()}{forUser}, root filesystem {_options.RootFilesystem}: processes limited by RLIMIT_NPROC, memory per process by RLIMIT_AS, CPU not limited (bwrap sets no cgroups)");
    }
}
