using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>The last sync of an agent's workspace (written by the sync timer), in <see cref="AgentStatus"/>.</summary>
public sealed record AgentSyncStatus(
    [property: JsonPropertyName("lastAttempt")] DateTimeOffset LastAttempt,
    [property: JsonPropertyName("lastSuccess")] DateTimeOffset? LastSuccess,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("message")] string? Message);
