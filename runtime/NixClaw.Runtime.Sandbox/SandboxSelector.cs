using NixClaw.Bindings;

namespace NixClaw.Runtime.Sandbox;

/// <summary>Picks the backend an agent declares (<see cref="SandboxInfo.Backend"/>), falling back to bubblewrap when Podman cannot run here.</summary>
public sealed class SandboxSelector(PodmanSandbox? podman, BubblewrapSandbox? bubblewrap)
{
    /// <summary>The sandbox for an agent's declaration.</summary>
    /// <exception cref="SandboxUnavailableException">Neither the declared backend nor the fallback can run here.</exception>
    public async Task<ISandbox> SelectAsync(SandboxInfo sandbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        var wanted = sandbox.Backend switch
        {
            "podman" => (ISandbox?)podman,
            "bubblewrap" => bubblewrap,
            _ => throw new ArgumentException($"Unknown sandbox backend '{sandbox.Backend}' (podman or bubblewrap).", nameof(sandbox)),
        };
        var reasons = new List<string>();
        foreach (var candidate in new[] { wanted, bubblewrap }.OfType<ISandbox>().Distinct())
        {
            var capabilities = await candidate.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false);
            if (capabilities.IsAvailable)
            {
                return candidate;
            }

            reasons.Add(capabilities.Detail);
        }

        throw new SandboxUnavailableException(
            $"No sandbox backend can run here for backend '{sandbox.Backend}'" + (reasons.Count > 0 ? ": " + string.Join("; ", reasons) : " (none configured)."));
    }

    /// <summary>Capabilities of every configured backend, for the status endpoint.</summary>
    public async Task<IReadOnlyList<SandboxCapabilities>> DescribeAsync(CancellationToken cancellationToken)
    {
        var result = new List<SandboxCapabilities>();
        foreach (var backend in new ISandbox?[] { podman, bubblewrap }.OfType<ISandbox>())
        {
            result.Add(await backend.GetCapabilitiesAsync(cancellationToken).ConfigureAwait(false));
        }

        return result;
    }
}
