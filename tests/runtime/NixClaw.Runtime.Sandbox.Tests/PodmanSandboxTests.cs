namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>The behavioural suite on rootless Podman.</summary>
public sealed class PodmanSandboxTests : SandboxBehaviourTests
{
    protected override string Backend => "podman";
}
