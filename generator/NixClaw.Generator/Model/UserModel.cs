using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>A Unix user. Secret references are sops keys.</summary>
internal sealed record UserModel(
    string FieldName,
    string Name,
    bool IsService,
    string Description,
    string Shell,
    EquatableArray<string> SshKeys,
    bool Linger,
    bool RootlessPodman,
    string? PasswordHashSecret,
    string? GitHubTokenSecret);
