namespace NixClaw.Runtime.Sandbox;

/// <summary>Settings of the rootless Podman backend.</summary>
public sealed record PodmanSandboxOptions
{
    /// <summary>The <c>podman</c> executable (looked up on PATH when not absolute).</summary>
    public string PodmanPath { get; init; } = "podman";

    /// <summary>
    /// Unprivileged user whose rootless Podman runs the containers, when the gateway runs as root (tests, CI).
    /// Null when the process already is that user (the gateway on NixOS).
    /// </summary>
    public string? RunAsUser { get; init; }

    /// <summary>OCI runtime (<c>runc</c> or <c>crun</c>); null leaves it to containers.conf.</summary>
    public string? Runtime { get; init; }

    /// <summary>
    /// Keep one container per agent (and workspace and limits) and <c>podman exec</c> into it instead of a
    /// <c>podman run</c> per call. Each call ends by killing every process it left in the container, calls for
    /// one agent are serialised, and a timeout removes the container (the next call starts a new one).
    /// <c>/tmp</c> then persists between one agent's calls. See docs/sandbox.md for the measurements.
    /// </summary>
    public bool ReuseContainers { get; init; }

    /// <summary>Size of the private <c>/tmp</c> in MiB.</summary>
    public int TmpSizeMb { get; init; } = 64;
}
