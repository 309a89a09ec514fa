namespace NixClaw.Bindings;

/// <summary>The declared Gitea server.</summary>
/// <param name="Url">Base URL without a trailing slash.</param>
/// <param name="Organization">Organisation owning the workspaces.</param>
/// <param name="Token">Access token secret.</param>
/// <param name="SkillsRepository">Shared skills repository.</param>
public sealed record GiteaInfo(string Url, string Organization, SecretInfo Token, string SkillsRepository);
