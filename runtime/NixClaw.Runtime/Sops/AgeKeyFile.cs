namespace NixClaw.Runtime.Sops;

/// <summary>Where the operator's age key lives: <c>--age-key</c>, <c>$SOPS_AGE_KEY_FILE</c>, <c>$XDG_CONFIG_HOME/sops/age/keys.txt</c>, <c>~/.config/sops/age/keys.txt</c>.</summary>
internal static class AgeKeyFile
{
    /// <summary>The path, first match of the rule above (the file need not exist).</summary>
    public static string Resolve(string? explicitPath, AppEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath, environment.CurrentDirectory);
        }

        if (environment.GetVariable("SOPS_AGE_KEY_FILE") is { Length: > 0 } fromSops)
        {
            return Path.GetFullPath(fromSops, environment.CurrentDirectory);
        }

        var config = environment.GetVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(environment.HomeDirectory, ".config");
        return Path.Combine(config, "sops", "age", "keys.txt");
    }
}
