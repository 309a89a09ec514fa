using NixClaw.Bindings;
using NixClaw.Runtime.Sandbox;

namespace NixClaw.Runtime.Hosting;

/// <summary>
/// Picks, once at start-up, the sandbox of every declared agent that has the <c>exec</c> tool (rootless Podman as
/// the service user; bubblewrap is not configured by the app because no root filesystem is declared). Tools are
/// built synchronously per turn, so the (slow, async) capability probe happens here instead.
/// </summary>
public static class AgentSandboxes
{
    /// <summary>Agent id to sandbox, for agents with <c>exec</c>.</summary>
    /// <exception cref="OperatorException">No sandbox can run here for an agent that needs one (exit 78).</exception>
    public static async Task<IReadOnlyDictionary<string, ISandbox>> SelectAsync(HostManifest manifest, SandboxSelector selector, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ISandbox>(StringComparer.Ordinal);
        foreach (var agent in manifest.AllAgents.Where(a => a.Tools.Contains("exec", StringComparer.Ordinal)))
        {
            try
            {
                result[agent.Id] = await selector.SelectAsync(agent.Sandbox, cancellationToken).ConfigureAwait(false);
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
