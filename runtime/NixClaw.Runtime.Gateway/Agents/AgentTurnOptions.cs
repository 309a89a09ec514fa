using NixClaw.Bindings;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>What the turn machinery takes from the caller: which models, where their keys are, retries and limits.</summary>
internal sealed class AgentTurnOptions
{
    /// <summary>The models to create clients for (the gateway: all declared; <c>chat</c>: the agent's own).</summary>
    public required IReadOnlyList<ModelInfo> Models { get; init; }

    /// <summary>The file each API key is read from.</summary>
    public Func<SecretInfo, string> SecretPath { get; init; } = static secret => secret.Path;

    /// <summary>Model retry policy.</summary>
    public ModelRetryPolicy Retry { get; init; } = new();

    /// <summary>Turn limits.</summary>
    public AgentLimits Limits { get; init; } = new();

    /// <summary>Shared HTTP client for model calls; the SDK's own when null.</summary>
    public HttpClient? ModelHttpClient { get; init; }

    /// <summary>Told of every scheduled model retry, after it is logged and counted.</summary>
    public Action<ModelRetry>? OnModelRetry { get; init; }
}
