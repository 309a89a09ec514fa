using NixClaw.Bindings;
using NixClaw.Runtime.Sandbox;

namespace NixClaw.Runtime.Hosting;

/// <summary>
/// Picks, once at start-up, the sandbox of every declared agent that has the <c>exec</c> tool: rootless Podman as
/// the service user, or bubblewrap when a root filesystem for it is configured (<see cref="RootFilesystemOption"/>
/// or <see cref="RootFilesystemVariable"/>; the generated unit sets the variable to a Nix store path when an agent
/// declares bubblewrap). Tools are built synchronously per turn, so the (slow, async) capability probe happens here.
/// </summary>
internal static class AgentSandboxes
{
    /// <summary>The <c>gateway</c> option naming bubblewrap's root filesystem.</summary>
    public const string RootFilesystemOption = "--sandbox-rootfs";

    /// <summary>The environment variable naming bubblewrap's root filesystem (the option wins).</summary>
    public const string RootFilesystemVariable = "NIXCLAW_SANDBOX_ROOTFS";

    /// <summary>
    /// The selector for the gateway: Podman always, bubblewrap when <paramref name="rootFilesystem"/> is set.
    /// <paramref name="runAsUser"/> is for tests running as root (the unit runs as the service user already).
    /// </summary>
    public static SandboxSelector CreateSelector(string? rootFilesystem, string? runAsUser = null) => new(
        new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = runAsUser }),
        string.IsNullOrEmpty(rootFilesystem)
            ? null
            : new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = Path.GetFullPath(rootFilesystem), RunAsUser = runAsUser }));

    /// <summary>
    /// Agent id to sandbox, for agents with <c>exec</c> or a C# tool that runs in the sandbox (only
    /// <paramref name="onlyAgent"/> when given: <c>chat</c>).
    /// </summary>
    /// <exception cref="OperatorException">No sandbox can run here for an agent that needs one (exit 78).</exception>
    public static async Task<IReadOnlyDictionary<string, ISandbox>> SelectAsync(
        HostManifest manifest, SandboxSelector selector, CancellationToken cancellationToken, string? onlyAgent = null)
    {
        var result = new Dictionary<string, ISandbox>(StringComparer.Ordinal);
        foreach (var agent in manifest.AllAgents.Where(a => DeclaredTools.NeedsSandbox(manifest, a) && (onlyAgent is null || a.Id == onlyAgent)))
        {
            try
            {
                result[agent.Id] = await selector.SelectAsync(agent.Sandbox, cancellationToken).ConfigureAwait(false);
            }
            catch (SandboxUnavailableException e) when (agent.Sandbox.Backend == "bubblewrap")
            {
                throw new OperatorException(ExitCodes.Config,
                    $"agent '{agent.Id}' has the exec tool in a bubblewrap sandbox, but {e.Message} " +
                    $"Pass {RootFilesystemOption} <dir> or set {RootFilesystemVariable} to a root filesystem with /bin/sh.",
                    "The generated nixclaw-gateway unit sets " + RootFilesystemVariable + " from nix/nixclaw/sandbox-rootfs.nix; redeploy, or declare Backend = SandboxBackend.Podman.");
            }
            catch (SandboxUnavailableException e)
            {
                throw new OperatorException(ExitCodes.Config, $"agent '{agent.Id}' has the exec tool, but {e.Message}",
                    "Declare RootlessPodman = true for the service user and redeploy, or remove ExecTool from the agent.");
            }
        }

        return result;
    }
}
