using NixClaw.Bindings;

namespace NixClaw.Runtime;

/// <summary>
/// Where the gateway reads each declared secret: the one place that maps a <see cref="SecretInfo"/> to a file.
/// Without a directory it is the declared path (sops-nix's <c>/run/secrets/&lt;key&gt;</c>). With one it is
/// <c>&lt;dir&gt;/&lt;key&gt;</c>, where a key with <c>/</c> is a sub-path as sops-nix lays it out; when that file does not exist,
/// <c>&lt;dir&gt;/&lt;key with / as _&gt;</c>, because systemd credential names (<c>$CREDENTIALS_DIRECTORY</c>) cannot contain <c>/</c>.
/// </summary>
internal sealed class SecretLocations
{
    /// <summary>The option of the <c>gateway</c> verb.</summary>
    public const string Option = "--secrets-dir";

    /// <summary>The variable the option defaults to.</summary>
    public const string Variable = "NIXCLAW_SECRETS_DIR";

    /// <summary>systemd's credentials folder (<c>LoadCredential=</c>), used when neither the option nor the variable is set.</summary>
    public const string CredentialsVariable = "CREDENTIALS_DIRECTORY";

    private SecretLocations(string? directory) => Directory = directory;

    /// <summary>Each secret at its declared path.</summary>
    public static SecretLocations Declared { get; } = new(null);

    /// <summary>The folder secrets are read from; null for the declared paths.</summary>
    public string? Directory { get; }

    /// <summary>Secrets below <paramref name="directory"/>.</summary>
    public static SecretLocations In(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new SecretLocations(Path.GetFullPath(directory));
    }

    /// <summary><paramref name="option"/>, else <c>$NIXCLAW_SECRETS_DIR</c>, else <c>$CREDENTIALS_DIRECTORY</c>, else the declared paths.</summary>
    public static SecretLocations Resolve(string? option, Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        var directory = option is { Length: > 0 } ? option
            : getVariable(Variable) is { Length: > 0 } v ? v
            : getVariable(CredentialsVariable) is { Length: > 0 } c ? c
            : null;
        return directory is null ? Declared : In(directory);
    }

    /// <summary>The file to read for <paramref name="secret"/>.</summary>
    public string PathOf(SecretInfo secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (Directory is null)
        {
            return secret.Path;
        }

        var nested = Path.Combine(Directory, secret.Key);
        if (!secret.Key.Contains('/', StringComparison.Ordinal) || Path.Exists(nested))
        {
            return nested;
        }

        var flat = Path.Combine(Directory, secret.Key.Replace('/', '_'));
        return Path.Exists(flat) ? flat : nested;
    }
}
