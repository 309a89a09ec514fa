using NixClaw.Contract;

namespace NixClaw.Generator.Model;

/// <summary>A sops secret. Password hashes are decrypted before users exist, to a separate folder.</summary>
internal sealed record SecretModel(string FieldName, string Key, string? Owner, string Mode, bool NeededForUsers)
{
    /// <summary>Where sops-nix puts the decrypted file on the host.</summary>
    public string Path => SecretPaths.Of(Key, NeededForUsers);
}
