namespace NixClaw.Generator.Model;

/// <summary>Sandbox limits of an agent's tools; <see cref="Backend"/> is <c>podman</c> or <c>bubblewrap</c>.</summary>
internal sealed record SandboxModel(string Backend, bool Network, int MemoryMb, int MaxProcesses, int TimeoutSeconds, string Image)
{
    /// <summary><see cref="SandboxPolicy.Image"/>'s default: the image the nixclaw flake's <c>sandbox-image</c> package builds.</summary>
    public static readonly string DefaultImage = new SandboxPolicy().Image;
}
