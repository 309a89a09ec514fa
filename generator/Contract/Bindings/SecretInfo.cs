namespace NixClaw.Bindings;

/// <summary>A declared secret and where sops-nix decrypts it on the host.</summary>
/// <param name="Key">sops key.</param>
/// <param name="Path">Decrypted file, for example <c>/run/secrets/gitea/token</c>.</param>
/// <param name="Owner">Owning user, or null for root.</param>
/// <param name="Mode">Octal file mode.</param>
public sealed record SecretInfo(string Key, string Path, string? Owner, string Mode);
