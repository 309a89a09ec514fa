namespace NixClaw.Contract;

/// <summary>Where sops-nix decrypts a secret on the host (its default <c>sops.defaultSecretsMountPoint</c> and the one for users' passwords).</summary>
public static class SecretPaths
{
    /// <summary>sops-nix's folder of decrypted secrets.</summary>
    public const string Root = "/run/secrets";

    /// <summary>Secrets with <c>neededForUsers</c> (password hashes) are decrypted before users exist, here.</summary>
    public const string ForUsersRoot = "/run/secrets-for-users";

    /// <summary>The decrypted file of <paramref name="key"/>; a key with <c>/</c> is a sub-path.</summary>
    public static string Of(string key, bool neededForUsers = false) => (neededForUsers ? ForUsersRoot : Root) + "/" + key;
}
