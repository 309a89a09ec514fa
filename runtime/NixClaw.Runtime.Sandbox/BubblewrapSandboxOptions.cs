namespace NixClaw.Runtime.Sandbox;

/// <summary>Settings of the bubblewrap backend.</summary>
public sealed record BubblewrapSandboxOptions
{
    /// <summary>The <c>bwrap</c> executable (looked up on PATH when not absolute).</summary>
    public string BwrapPath { get; init; } = "bwrap";

    /// <summary>
    /// Root filesystem mounted read-only at <c>/</c> (for example the busybox rootfs made by <c>scripts/setup-sandbox</c>,
    /// or a Nix store path on NixOS). It must contain <c>/bin/sh</c>. Nothing else of the host is visible.
    /// </summary>
    public required string RootFilesystem { get; init; }

    /// <summary>Unprivileged user bwrap runs as when this process is root (tests, CI); null when already that user.</summary>
    public string? RunAsUser { get; init; }

    /// <summary>Size of the private <c>/tmp</c> in MiB.</summary>
    public int TmpSizeMb { get; init; } = 64;

    /// <summary>Size of the private <c>/dev/shm</c> in MiB (the rest of <c>/dev</c> is read-only).</summary>
    public int DevShmSizeMb { get; init; } = 16;
}
