namespace NixClaw.Runtime.Sandbox;

/// <summary>What a sandbox backend can do on this host, for the status endpoint.</summary>
/// <param name="Backend"><c>podman</c> or <c>bubblewrap</c>.</param>
/// <param name="IsAvailable">Whether the backend runs here at all.</param>
/// <param name="Processes">How the process limit is enforced.</param>
/// <param name="Memory">How the memory limit is enforced.</param>
/// <param name="Cpu">How the CPU limit is enforced.</param>
/// <param name="Detail">One line for humans: version, runtime, and why a limit is not enforced.</param>
public sealed record SandboxCapabilities(
    string Backend,
    bool IsAvailable,
    LimitEnforcement Processes,
    LimitEnforcement Memory,
    LimitEnforcement Cpu,
    string Detail)
{
    /// <summary>A backend that cannot run here.</summary>
    public static SandboxCapabilities Unavailable(string backend, string why) =>
        new(backend, false, LimitEnforcement.None, LimitEnforcement.None, LimitEnforcement.None, why);
}
