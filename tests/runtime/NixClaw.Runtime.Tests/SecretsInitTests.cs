using System.Text.Json;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class SecretsInitTests
{
    [Fact]
    public async Task CreatesAKeyAndSaysToDeclareItsPublicKey()
    {
        using var lab = new LabProject(withAgeKey: false);

        var result = await lab.RunAsync(["secrets", "init", "--json"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.True(File.Exists(lab.AgeKeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(lab.AgeKeyFile));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(lab.AgeKeyFile)!));
        using var json = JsonDocument.Parse(result.Output);
        var publicKey = json.RootElement.GetProperty("publicKey").GetString();
        Assert.StartsWith("age1", publicKey, StringComparison.Ordinal);
        Assert.NotEqual(Fixtures.Lab.Recipient, publicKey);
        Assert.True(json.RootElement.GetProperty("created").GetBoolean());
        Assert.False(json.RootElement.GetProperty("recipientOk").GetBoolean());

        var text = await lab.RunAsync(["secrets", "init"]);
        Assert.Contains($"AgeRecipient = \"{publicKey}\"", text.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheDeclaredKeyItWritesSopsYamlAndListsWhatToSet()
    {
        using var lab = new LabProject();
        File.Delete(Path.Combine(lab.NixDirectory, ".sops.yaml"));

        var result = await lab.RunAsync(["secrets", "init"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(lab.Generated.Find(".sops.yaml"), File.ReadAllText(Path.Combine(lab.NixDirectory, ".sops.yaml")));
        Assert.Contains("Wrote", result.Output, StringComparison.Ordinal);
        Assert.Contains("NixClaw.Runtime.Tests secrets set gitea/token", result.Output, StringComparison.Ordinal);
    }
}
