using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Gateway.Operations;

/// <summary>Mattermost connection, in <see cref="StatusReport"/>.</summary>
internal sealed record MattermostStatus(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("bot")] string Bot,
    [property: JsonPropertyName("connection")] string Connection,
    [property: JsonPropertyName("connectedAt")] DateTimeOffset? ConnectedAt,
    [property: JsonPropertyName("lastMessageAt")] DateTimeOffset? LastMessageAt,
    [property: JsonPropertyName("lastSyncAt")] DateTimeOffset? LastSyncAt);
