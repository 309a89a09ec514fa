using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>The fields of Gitea's Repository object the runtime uses.</summary>
public sealed record GiteaRepository
{
    [JsonPropertyName("id")]
    public long Id { get; init; }

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("full_name")]
    public string FullName { get; init; } = "";

    [JsonPropertyName("private")]
    public bool IsPrivate { get; init; }

    [JsonPropertyName("empty")]
    public bool IsEmpty { get; init; }

    [JsonPropertyName("clone_url")]
    public string CloneUrl { get; init; } = "";

    [JsonPropertyName("html_url")]
    public string HtmlUrl { get; init; } = "";

    [JsonPropertyName("default_branch")]
    public string? DefaultBranch { get; init; }
}
