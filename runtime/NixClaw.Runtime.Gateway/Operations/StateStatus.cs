using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>State database summary, in <see cref="StatusReport"/>.</summary>
internal sealed record StateStatus(
    [property: JsonPropertyName("database")] string Database,
    [property: JsonPropertyName("answered")] long Answered,
    [property: JsonPropertyName("claimed")] long Claimed,
    [property: JsonPropertyName("givenUp")] long GivenUp,
    [property: JsonPropertyName("sessions")] long Sessions)
{
    /// <summary>False while the database cannot be written (disk full): no new post is taken until it can.</summary>
    [JsonPropertyName("writable")]
    public bool Writable { get; init; } = true;

    /// <summary>Why it cannot be written, and since when; null while it can.</summary>
    [JsonPropertyName("writeFailure")]
    public NixClaw.Runtime.Gateway.State.StoreWriteFailure? WriteFailure { get; init; }
}
