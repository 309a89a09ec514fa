using System.Text.Json;

namespace NixClaw.Runtime.Mattermost;

/// <summary>The fields of a Mattermost Post the runtime uses.</summary>
public sealed record MattermostPost
{
    public string Id { get; init; } = "";
    public long CreateAt { get; init; }
    public long UpdateAt { get; init; }
    public long EditAt { get; init; }

    /// <summary>Non-zero for a deleted post (its message is blanked in catch-up results).</summary>
    public long DeleteAt { get; init; }
    public string UserId { get; init; } = "";
    public string ChannelId { get; init; } = "";

    /// <summary>Id of the thread's root post; empty for a root post.</summary>
    public string RootId { get; init; } = "";

    /// <summary>Non-empty for hidden edit-history rows, which clients drop.</summary>
    public string OriginalId { get; init; } = "";
    public string Message { get; init; } = "";

    /// <summary>Empty for user posts; <c>system_*</c> for system posts.</summary>
    public string Type { get; init; } = "";
    public string PendingPostId { get; init; } = "";

    /// <summary>Post properties; <c>from_webhook</c>, <c>override_username</c> mark webhook posts.</summary>
    public Dictionary<string, JsonElement>? Props { get; init; }

    /// <summary>
    /// Posted through an incoming webhook (<c>props.from_webhook</c> is <c>"true"</c>): its <see cref="UserId"/> is
    /// the webhook's creator and its shown name is whatever the caller chose, so it says nothing about who wrote it.
    /// </summary>
    public bool FromWebhook =>
        Props is { } props && props.TryGetValue("from_webhook", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == "true";

    /// <summary>True for system posts (join/leave, archived, ...).</summary>
    public bool IsSystem => Type.StartsWith("system_", StringComparison.Ordinal);
}
