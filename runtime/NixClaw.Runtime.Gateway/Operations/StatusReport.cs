using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>The body of <c>GET /status</c>.</summary>
internal sealed record StatusReport(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("startedAt")] DateTimeOffset StartedAt,
    [property: JsonPropertyName("mattermost")] MattermostStatus Mattermost,
    [property: JsonPropertyName("agents")] IReadOnlyList<AgentStatus> Agents,
    [property: JsonPropertyName("counters")] IReadOnlyDictionary<string, long> Counters,
    [property: JsonPropertyName("latencyMs")] IReadOnlyDictionary<string, LatencyStatus> LatencyMs,
    [property: JsonPropertyName("state")] StateStatus State)
{
    /// <summary>What the start is waiting for (Mattermost answering, with the last failure), or null once started.</summary>
    [JsonPropertyName("waiting")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Waiting { get; init; }
}
