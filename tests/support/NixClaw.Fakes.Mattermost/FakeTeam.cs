namespace NixClaw.Fakes.Mattermost;

/// <summary>A team of the fake.</summary>
public sealed class FakeTeam
{
    internal FakeTeam(string id, string name, long createAt)
    {
        Id = id;
        Name = name;
        CreateAt = createAt;
    }

    public string Id { get; }
    public string Name { get; }
    public long CreateAt { get; }

    /// <summary>Member user ids.</summary>
    internal HashSet<string> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Team admin user ids.</summary>
    internal HashSet<string> Admins { get; } = new(StringComparer.Ordinal);

    internal object ToWire() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["create_at"] = CreateAt,
        ["update_at"] = CreateAt,
        ["delete_at"] = 0,
        ["display_name"] = Name,
        ["name"] = Name,
        ["description"] = "",
        ["email"] = "",
        ["type"] = "O",
        ["company_name"] = "",
        ["allowed_domains"] = "",
        ["invite_id"] = Id,
        ["allow_open_invite"] = true,
        ["scheme_id"] = null,
        ["group_constrained"] = null,
    };
}
