using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>State database summary, in <see cref="StatusReport"/>.</summary>
public sealed record StateStatus(
    [property: JsonPropertyName("database")] string Database,
    [property: JsonPropertyName("answered")] long Answered,
    [property: JsonPropertyName("claimed")] long Claimed,
    [property: JsonPropertyName("givenUp")] long GivenUp,
    [property: JsonPropertyName("sessions")] long Sessions);
