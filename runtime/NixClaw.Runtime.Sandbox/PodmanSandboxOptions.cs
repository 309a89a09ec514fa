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

    /// <summary>Size of the private <c>/tmp</c> in MiB.</summary>
    public int TmpSizeMb { get; init; } = 64;
}
