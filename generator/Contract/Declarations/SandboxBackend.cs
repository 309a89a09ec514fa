namespace NixClaw;

/// <summary>Sandbox implementation.</summary>
public enum SandboxBackend
{
    /// <summary>Rootless Podman (default).</summary>
    Podman,

    /// <summary>bubblewrap, for hosts without Podman.</summary>
    Bubblewrap,
}
