using NixClaw.Bindings;

namespace NixClaw.Runtime.Tests;

/// <summary>Where the gateway reads a secret: declared path, a secrets folder (sops-nix layout) or systemd's credentials folder.</summary>
public sealed class SecretLocationsTests
{
    private static readonly SecretInfo s_token = new("mattermost/bot_token", "/run/secrets/mattermost/bot_token", "nixclaw", "0400");

    [Fact]
    public void WithoutAFolderEachSecretIsAtItsDeclaredPath()
    {
        var locations = SecretLocations.Resolve(null, _ => null);

        Assert.Same(SecretLocations.Declared, locations);
        Assert.Equal("/run/secrets/mattermost/bot_token", locations.PathOf(s_token));
    }

    [Fact]
    public void TheOptionWinsOverTheVariablesAndTheVariableOverCredentials()
    {
        var variables = new Dictionary<string, string> { ["NIXCLAW_SECRETS_DIR"] = "/a", ["CREDENTIALS_DIRECTORY"] = "/b" };

        Assert.Equal("/o", SecretLocations.Resolve("/o", variables.GetValueOrDefault).Directory);
        Assert.Equal("/a", SecretLocations.Resolve(null, variables.GetValueOrDefault).Directory);
        variables.Remove("NIXCLAW_SECRETS_DIR");
        Assert.Equal("/b", SecretLocations.Resolve(null, variables.GetValueOrDefault).Directory);
    }

    [Fact]
    public void AKeyWithSlashesIsASubPathOrElseItsFlatName()
    {
        using var dir = new TempDirectory();
        var locations = SecretLocations.In(dir.Path);
        var nested = Path.Combine(dir.Path, "mattermost", "bot_token");
        var flat = Path.Combine(dir.Path, "mattermost_bot_token");

        // Neither exists: the sops-nix layout is named (in the error the reader gives).
        Assert.Equal(nested, locations.PathOf(s_token));

        File.WriteAllText(flat, "t");
        Assert.Equal(flat, locations.PathOf(s_token));

        Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
        File.WriteAllText(nested, "t");
        Assert.Equal(nested, locations.PathOf(s_token));
    }
}
