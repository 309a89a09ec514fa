namespace NixClaw.Runtime.Mattermost;

/// <summary>The fields of a Mattermost User the runtime uses; unknown fields are ignored.</summary>
public sealed record MattermostUser
{
    public string Id { get; init; } = "";
    public string Username { get; init; } = "";
    public string Email { get; init; } = "";
    public string Nickname { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string Roles { get; init; } = "";
    public bool IsBot { get; init; }
    public long CreateAt { get; init; }
    public long DeleteAt { get; init; }
}
