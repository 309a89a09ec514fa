using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Workspaces.GiteaApi;

/// <summary>Gitea's CreateRepoOption (the fields the runtime sets).</summary>
/// <param name="Name">Repository name: letters, digits, <c>-</c>, <c>_</c>, <c>.</c>; at most 100.</param>
/// <param name="Description">Description.</param>
/// <param name="IsPrivate">Private repository.</param>
/// <param name="DefaultBranch">Default branch.</param>
public sealed record GiteaCreateRepository(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("private")] bool IsPrivate,
    [property: JsonPropertyName("default_branch")] string DefaultBranch)
{
    /// <summary>Never ask Gitea for a first commit: the workspace's first commit is ours.</summary>
    [JsonPropertyName("auto_init")]
    public bool AutoInit => false;
}
