namespace NixClaw.Fakes.Mattermost;

/// <summary>A user (human or bot) of the fake, with the access token tests use for it.</summary>
public sealed class FakeUser
{
    internal FakeUser(string id, string username, bool isBot, bool isSystemAdmin, string token, long createAt)
    {
        Id = id;
        Username = username;
        IsBot = isBot;
        IsSystemAdmin = isSystemAdmin;
        Token = token;
        CreateAt = createAt;
    }

    public string Id { get; }
    public string Username { get; }
    public bool IsBot { get; }
    public bool IsSystemAdmin { get; }

    /// <summary>Access token accepted as <c>Authorization: Bearer</c>.</summary>
    public string Token { get; }
    public long CreateAt { get; }

    internal object ToWire() => new Dictionary<string, object?>
    {
        ["id"] = Id,
        ["create_at"] = CreateAt,
        ["update_at"] = CreateAt,
        ["delete_at"] = 0,
        ["username"] = Username,
        ["auth_service"] = "",
        ["email"] = IsBot ? "" : $"{Username}@example.test",
        ["nickname"] = "",
        ["first_name"] = "",
        ["last_name"] = "",
        ["position"] = "",
        ["roles"] = IsSystemAdmin ? "system_user system_admin" : "system_user",
        ["props"] = new Dictionary<string, string>(),
        ["notify_props"] = new Dictionary<string, string>(),
        ["locale"] = "en",
        ["timezone"] = new Dictionary<string, string>(),
        ["is_bot"] = IsBot,
        ["bot_description"] = "",
        ["last_picture_update"] = 0,
    };
}
