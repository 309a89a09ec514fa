using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>One agent, in <see cref="StatusReport"/>.</summary>
internal sealed record AgentStatus(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("declared")] bool Declared,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("sync")] AgentSyncStatus? Sync = null);
