namespace NixClaw;

/// <summary>A value kept encrypted in the host's sops file and decrypted by sops-nix at activation.</summary>
/// <param name="Key">sops key; <c>a/b</c> is the nested map <c>a: { b: ... }</c>. The file appears at <c>/run/secrets/&lt;Key&gt;</c>.</param>
/// <param name="Owner">User that may read the decrypted file; root when null.</param>
/// <param name="Mode">Octal file mode of the decrypted file.</param>
public sealed record Secret(string Key, User? Owner = null, string Mode = "0400");
