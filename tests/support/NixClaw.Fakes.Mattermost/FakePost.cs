namespace NixClaw.Fakes.Mattermost;

/// <summary>A post of the fake.</summary>
public sealed class FakePost
{
    internal FakePost(string id, string channelId, string userId, string rootId, string message, string type, string pendingPostId, long createAt)
    {
        Id = id;
        ChannelId = channelId;
        UserId = userId;
        RootId = rootId;
        Message = message;
        Type = type;
        PendingPostId = pendingPostId;
        CreateAt = createAt;
        UpdateAt = createAt;
    }

    public string Id { get; }
    public string ChannelId { get; }
    public string UserId { get; }
    public string RootId { get; }
    public string Message { get; internal set; }

    /// <summary>"" for user posts, <c>system_*</c> for system posts.</summary>
    public string Type { get; }
    public string PendingPostId { get; }
    public long CreateAt { get; }
    public long UpdateAt { get; internal set; }
    public long EditAt { get; internal set; }
    public long DeleteAt { get; internal set; }
    internal int ReplyCount { get; set; }

    /// <summary>Set for incoming-webhook posts: the name the caller chose (<c>props.override_username</c>).</summary>
    public string? WebhookOverrideUsername { get; internal set; }

    internal Dictionary<string, object?> ToWire() => new()
    {
        ["id"] = Id,
        ["create_at"] = CreateAt,
        ["update_at"] = UpdateAt,
        ["edit_at"] = EditAt,
        ["delete_at"] = DeleteAt,
        ["is_pinned"] = false,
        ["user_id"] = UserId,
        ["channel_id"] = ChannelId,
        ["root_id"] = RootId,
        ["original_id"] = "",
        ["message"] = DeleteAt > 0 ? "" : Message,
        ["type"] = Type,
        ["props"] = WebhookOverrideUsername is { } name
            ? new Dictionary<string, object> { ["from_webhook"] = "true", ["override_username"] = name }
            : new Dictionary<string, object>(),
        ["hashtags"] = "",
        ["pending_post_id"] = PendingPostId,
        ["reply_count"] = ReplyCount,
        ["metadata"] = new Dictionary<string, object>(),
    };
}
