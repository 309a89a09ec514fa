using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>Why the state database cannot be written, and since when.</summary>
/// <param name="Since">First failed write.</param>
/// <param name="Reason">For example <c>disk full: SQLite Error 13: 'database or disk is full'.</c></param>
public sealed record StoreWriteFailure(
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("reason")] string Reason);
