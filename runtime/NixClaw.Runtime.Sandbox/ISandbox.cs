namespace NixClaw.Runtime.Sandbox;

/// <summary>Runs one shell command for an agent, confined to its workspace.</summary>
/// <remarks>
/// Every call gets a fresh sandbox: no network unless <see cref="SandboxLimits.Network"/>, a read-only root,
/// no capabilities, no new privileges, the workspace read-write at <c>/workspace</c> and nothing else of the
/// host, a private <c>/tmp</c>, process and memory limits, a wall-clock timeout that kills every process the
/// command started, and capped output.
/// </remarks>
public interface ISandbox
{
    /// <summary>Backend name: <c>podman</c> or <c>bubblewrap</c>.</summary>
    string Backend { get; }

    /// <summary>Checks the host once (cached) and says what this backend can enforce here.</summary>
    Task<SandboxCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken);

    /// <summary>Runs <see cref="SandboxRequest.Command"/> with <c>/bin/sh -c</c> in a new sandbox.</summary>
    /// <exception cref="SandboxUnavailableException">The backend cannot run on this host.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled; the sandbox was killed first.</exception>
    Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken);
}
