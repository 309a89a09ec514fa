using System.Text.Json;
using NixClaw.Sops;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class SecretsCheckTests
{
    [Fact]
    public async Task MissingAndUndeclaredKeysAreListedWithoutAKey()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "v");
        AddUndeclared(lab, "old/leftover");
        // No key is needed: keys are plaintext in sops files.
        File.Delete(lab.AgeKeyFile);

        var result = await lab.RunAsync(["secrets", "check"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("missing: gitea/token", result.Output, StringComparison.Ordinal);
        Assert.Contains("missing: mattermost/bot_token", result.Output, StringComparison.Ordinal);
        Assert.Contains("undeclared: old/leftover", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("missing: gh_token", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExactlyTheDeclaredSecretsPass()
    {
        using var lab = new LabProject();
        await lab.SetAllSecretsAsync();

        var result = await lab.RunAsync(["secrets", "check", "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal("ok", json.RootElement.GetProperty("checks")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMissingFileListsEverySecret()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["secrets", "check", "--json"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var details = json.RootElement.GetProperty("checks")[0].GetProperty("details").EnumerateArray().Select(d => d.GetString()).ToArray();
        Assert.Equal(["missing: gh_token", "missing: gitea/token", "missing: mattermost/bot_token"], details);
    }

    [Fact]
    public async Task APlaintextFileIsReportedAsNotEncrypted()
    {
        using var lab = new LabProject();
        Directory.CreateDirectory(Path.GetDirectoryName(lab.SecretsFile)!);
        File.WriteAllText(lab.SecretsFile, "gh_token: plaintext\n");

        var result = await lab.RunAsync(["secrets", "check"]);

        Assert.Equal(ExitCodes.DataError, result.ExitCode);
        Assert.Contains("not encrypted", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("plaintext\n", result.Output, StringComparison.Ordinal);
    }

    private static void AddUndeclared(LabProject lab, string key)
    {
        var document = SopsDocument.Parse(File.ReadAllText(lab.SecretsFile), "lab.yaml");
        document.SetStored(key.Split('/'), "ENC[AES256_GCM,data:AAAA,iv:AAAA,tag:AAAA,type:str]");
        File.WriteAllText(lab.SecretsFile, document.ToText());
    }
}
