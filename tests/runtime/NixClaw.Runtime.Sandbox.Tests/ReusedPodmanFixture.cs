namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>One reuse-mode Podman sandbox for a whole test class (one capability probe), its containers removed at the end.</summary>
public sealed class ReusedPodmanFixture : IAsyncDisposable
{
    public PodmanSandbox Sandbox { get; } = new(new PodmanSandboxOptions { RunAsUser = TestHost.RunAsUser, ReuseContainers = true });

    public ValueTask DisposeAsync() => Sandbox.DisposeAsync();
}
