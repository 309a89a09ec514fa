namespace NixClaw;

/// <summary>The Gitea server holding every agent's workspace repository.</summary>
/// <param name="Url">Base URL, for example <c>https://gitea.example.com</c>.</param>
/// <param name="Organization">Organisation that owns the workspace repositories.</param>
/// <param name="Token">Access token with repository rights in the organisation.</param>
public sealed record Gitea(string Url, string Organization, Secret Token)
{
    /// <summary>Repository (in the organisation) with skills shared by all agents.</summary>
    public string SkillsRepository { get; init; } = "skills";
}
