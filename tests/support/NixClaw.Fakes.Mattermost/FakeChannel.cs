namespace NixClaw.Fakes.Mattermost;

/// <summary>A channel of the fake (state is changed only under the fake's lock).</summary>
public sealed class FakeChannel
{
    internal FakeChannel(string id, string teamId, string name, string displayName, string type, string creatorId, long createAt)
    {
        Id = id;
        TeamId = teamId;
        Name = name;
        DisplayName = displayName;
        Type = type;
        CreatorId = creatorId;
        CreateAt = createAt;
        UpdateAt = createAt;
    }

    public string Id { get; }
    public string TeamId { get; }
    public string Name { get; }
    public string DisplayName { get; }

    /// <summary>"O" or "P".</summary>
    public string Type { get; }
    public string CreatorId { get; }
    public long CreateAt { get; }
    public long UpdateAt { get; internal set; }
    public long DeleteAt { get; internal set; }
    public long LastPostAt { get; internal set; }
    public string Purpose { get; internal set; } = "";
    public string Header { get; internal set; } = "";
    internal long TotalMessages { get; set; }

    /// <summary>Member user id → roles.</summary>
    internal Dictionary<string, string> Members { get; } = new(StringComparer.Ordinal);

    internal object ToWire() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["create_at"] = CreateAt,
        ["update_at"] = UpdateAt,
        ["delete_at"] = DeleteAt,
        ["team_id"] = TeamId,
        ["type"] = Type,
        ["display_name"] = DisplayName,
        ["name"] = Name,
        ["header"] = Header,
        ["purpose"] = Purpose,
        ["last_post_at"] = LastPostAt,
        ["total_msg_count"] = TotalMessages,
        ["extra_update_at"] = 0,
        ["creator_id"] = CreatorId,
        ["scheme_id"] = null,
        ["props"] = null,
        ["group_constrained"] = null,
        ["shared"] = null,
        ["total_msg_count_root"] = TotalMessages,
        ["policy_id"] = null,
        ["last_root_post_at"] = LastPostAt,
        ["banner_info"] = null,
    };

    internal object MemberToWire(string userId, string viewerId) => new Dictionary<string, object?>
    {
        ["channel_id"] = Id,
        ["user_id"] = userId,
        ["roles"] = Members[userId],
        ["last_viewed_at"] = userId == viewerId ? 0 : -1,
        ["msg_count"] = 0,
        ["mention_count"] = 0,
        ["mention_count_root"] = 0,
        ["msg_count_root"] = 0,
        ["urgent_mention_count"] = 0,
        ["notify_props"] = new Dictionary<string, string> { ["desktop"] = "default", ["mark_unread"] = "all" },
        ["last_update_at"] = userId == viewerId ? UpdateAt : -1,
        ["scheme_guest"] = false,
        ["scheme_user"] = true,
        ["scheme_admin"] = Members[userId].Contains("channel_admin", StringComparison.Ordinal),
        ["explicit_roles"] = "",
    };
}
