using NixClaw.Bindings;

namespace NixClaw.Runtime.Sandbox;

/// <summary>Limits of one sandboxed command.</summary>
/// <param name="Network">Whether the command may use the network.</param>
/// <param name="MemoryMb">Memory limit in MiB (a cgroup limit where the host enforces one, else a per-process address-space limit).</param>
/// <param name="MaxProcesses">Most processes at once (a cgroup pids limit where enforced, else RLIMIT_NPROC inside the sandbox's user namespace).</param>
/// <param name="Timeout">Wall-clock limit; when it passes every process of the sandbox is killed.</param>
/// <param name="MaxOutputBytes">Bytes kept of stdout and of stderr each; the rest is counted and dropped.</param>
/// <param name="Cpus">CPU limit in cores where the host enforces cgroup CPU limits; null for none.</param>
/// <param name="Image">Podman image (ignored by bubblewrap, which uses its configured root filesystem).</param>
public sealed record SandboxLimits(
    bool Network,
    int MemoryMb,
    int MaxProcesses,
    TimeSpan Timeout,
    int MaxOutputBytes = SandboxLimits.DefaultMaxOutputBytes,
    double? Cpus = 1,
    string Image = SandboxLimits.DefaultImage)
{
    /// <summary>Default output cap per stream: 64 KiB.</summary>
    public const int DefaultMaxOutputBytes = 64 * 1024;

    /// <summary>The image the generator declares by default.</summary>
    public const string DefaultImage = "localhost/nixclaw-sandbox";

    /// <summary>The limits an agent's declaration gives.</summary>
    public static SandboxLimits FromDeclaration(SandboxInfo sandbox, int maxOutputBytes = DefaultMaxOutputBytes)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        return new SandboxLimits(sandbox.Network, sandbox.MemoryMb, sandbox.MaxProcesses, sandbox.Timeout, maxOutputBytes, 1, sandbox.Image);
    }

    /// <summary>Checks ranges.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MemoryMb < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryMb), MemoryMb, "The sandbox memory limit must be at least 16 MiB.");
        }

        if (MaxProcesses < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxProcesses), MaxProcesses, "The sandbox process limit must be at least 2.");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The sandbox timeout must be positive.");
        }

        if (MaxOutputBytes < 256)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxOutputBytes), MaxOutputBytes, "The sandbox output cap must be at least 256 bytes.");
        }

        if (Cpus is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Cpus), Cpus, "The sandbox CPU limit must be positive.");
        }

        if (string.IsNullOrWhiteSpace(Image) || Image.StartsWith('-'))
        {
            throw new ArgumentException($"The sandbox image name '{Image}' is not usable.", nameof(Image));
        }
    }
}
