using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>Percentiles of one latency, in <see cref="StatusReport"/>.</summary>
internal sealed record LatencyStatus(
    [property: JsonPropertyName("count")] long Count,
    [property: JsonPropertyName("p50")] double? P50,
    [property: JsonPropertyName("p99")] double? P99);
