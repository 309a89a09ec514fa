namespace NixClaw.Generator.Model;

/// <summary>The Gitea server holding the workspaces.</summary>
internal sealed record GiteaModel(string FieldName, string Url, string Organization, string TokenSecret, string SkillsRepository);
