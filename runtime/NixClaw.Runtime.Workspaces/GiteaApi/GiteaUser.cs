using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>The token owner as returned by <c>GET /api/v1/user</c>.</summary>
public sealed record GiteaUser
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("login")]
    public string Login { get; init; } = "";

    [JsonPropertyName("is_admin")]
    public bool IsAdmin { get; init; }
}
