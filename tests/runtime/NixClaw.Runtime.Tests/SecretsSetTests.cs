using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Sops;
using NixClaw.Runtime.Tests.Support;
using NixClaw.Sops;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NixClaw.Runtime.Tests;

public sealed class SecretsSetTests
{
    [Fact]
    public async Task ValuesDecryptWithSopsAgeAndTheMacVerifies()
    {
        using var lab = new LabProject();

        var first = await lab.RunAsync(["secrets", "set", "mattermost/bot_token"], "mm-token-1\n");
        var second = await lab.RunAsync(["secrets", "set", "gh_token"], "ghp_2\r\n");
        var third = await lab.RunAsync(["secrets", "set", "gitea/token"], "tea: 3 # not a comment");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(third.ExitCode == 0, third.ToString());
        var (data, error) = await SopsVerifier.VerifyAsync(lab.SecretsFile, lab.AgeKeyFile);
        Assert.Null(error);
        Assert.Equal("mm-token-1", data!.Value.GetProperty("mattermost").GetProperty("bot_token").GetString());
        Assert.Equal("ghp_2", data.Value.GetProperty("gh_token").GetString());
        Assert.Equal("tea: 3 # not a comment", data.Value.GetProperty("gitea").GetProperty("token").GetString());
        var text = File.ReadAllText(lab.SecretsFile);
        Assert.DoesNotContain("mm-token-1", text, StringComparison.Ordinal);
        Assert.Contains("recipient: " + Fixtures.Lab.Recipient, text, StringComparison.Ordinal);
        Assert.Contains("-----BEGIN AGE ENCRYPTED FILE-----", text, StringComparison.Ordinal);
        Assert.Contains("version: 3.9.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacingAValueKeepsTheOthersAndRenewsTheMac()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "old");
        await lab.RunAsync(["secrets", "set", "gitea/token"], "tea");

        var result = await lab.RunAsync(["secrets", "set", "gh_token"], "new");

        Assert.True(result.ExitCode == 0, result.ToString());
        var (data, error) = await SopsVerifier.VerifyAsync(lab.SecretsFile, lab.AgeKeyFile);
        Assert.Null(error);
        Assert.Equal("new", data!.Value.GetProperty("gh_token").GetString());
        Assert.Equal("tea", data.Value.GetProperty("gitea").GetProperty("token").GetString());
    }

    [Fact]
    public async Task AWrongKeyIsRefusedBySopsAgeAndBySecretsSet()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "secret-value-123");
        var before = File.ReadAllBytes(lab.SecretsFile);
        ExternalTools.Require("age-keygen", "apt-get install age");
        var wrong = Path.Combine(lab.Root, "wrong.txt");
        await new AgeTool(new SystemProcessRunner()).GenerateAsync(wrong, TestContext.Current.CancellationToken);

        var (data, error) = await SopsVerifier.VerifyAsync(lab.SecretsFile, wrong);
        var result = await lab.RunAsync(["secrets", "set", "gh_token", "--age-key", wrong], "other");

        Assert.Null(data);
        Assert.NotNull(error);
        Assert.Equal(ExitCodes.NoPermission, result.ExitCode);
        Assert.Contains("is not the declared recipient " + Fixtures.Lab.Recipient, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(lab.SecretsFile));
    }

    [Fact]
    public async Task AFileTheKeyCannotOpenIsRefused()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "v");
        // Re-wrap the data key for someone else while keeping the declared recipient's name on it.
        var other = Path.Combine(lab.Root, "other.txt");
        var age = new AgeTool(new SystemProcessRunner());
        var otherRecipient = await age.GenerateAsync(other, TestContext.Current.CancellationToken);
        var document = SopsDocument.Parse(File.ReadAllText(lab.SecretsFile), "lab.yaml");
        var wrapped = await age.EncryptArmoredAsync(new byte[32], otherRecipient, TestContext.Current.CancellationToken);
        var entry = (YamlMappingNode)((YamlSequenceNode)document.Metadata.Get("age")!).Children[0];
        entry.Set("enc", new YamlScalarNode(wrapped) { Style = ScalarStyle.Literal });
        File.WriteAllText(lab.SecretsFile, document.ToText());

        var result = await lab.RunAsync(["secrets", "set", "gh_token"], "w");

        Assert.Equal(ExitCodes.NoPermission, result.ExitCode);
        Assert.Contains("cannot decrypt lab.yaml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATamperedFileIsNotReSigned()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "a");
        await lab.RunAsync(["secrets", "set", "gitea/token"], "b");
        var document = SopsDocument.Parse(File.ReadAllText(lab.SecretsFile), "lab.yaml");
        var gitea = (YamlMappingNode)document.Data.Get("gitea")!;
        var gh = document.Data.GetText("gh_token")!;
        document.Data.Set("gh_token", new YamlScalarNode(gitea.GetText("token")));
        gitea.Set("token", new YamlScalarNode(gh));
        File.WriteAllText(lab.SecretsFile, document.ToText());

        var result = await lab.RunAsync(["secrets", "set", "mattermost/bot_token"], "c");

        Assert.Equal(ExitCodes.DataError, result.ExitCode);
        Assert.Contains("does not decrypt with this file's data key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheIndependentMacCheckCatchesAValueChangedWithoutRenewingTheMac()
    {
        using var lab = new LabProject();
        await lab.RunAsync(["secrets", "set", "gh_token"], "original");
        var document = SopsDocument.Parse(File.ReadAllText(lab.SecretsFile), "lab.yaml");
        var age = new AgeTool(new SystemProcessRunner());
        var dataKey = await age.DecryptAsync(document.AgeEntries()[0].Armored, lab.AgeKeyFile, TestContext.Current.CancellationToken);
        // A correctly encrypted value at the right path, but the MAC still covers the old one.
        document.Data.Set("gh_token", new YamlScalarNode(SopsCipher.Encrypt(dataKey!, "forged"u8.ToArray(), "gh_token:").ToString()));
        File.WriteAllText(lab.SecretsFile, document.ToText());

        var (data, error) = await SopsVerifier.VerifyAsync(lab.SecretsFile, lab.AgeKeyFile);
        var result = await lab.RunAsync(["secrets", "set", "gitea/token"], "x");

        Assert.Null(data);
        Assert.StartsWith("MAC mismatch", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DataError, result.ExitCode);
        Assert.Contains("MAC mismatch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndeclaredNamesAndEmptyValuesAreUsageErrors()
    {
        using var lab = new LabProject();

        var undeclared = await lab.RunAsync(["secrets", "set", "nope"], "v");
        var empty = await lab.RunAsync(["secrets", "set", "gh_token"], "\n");

        Assert.Equal(ExitCodes.Usage, undeclared.ExitCode);
        Assert.Contains("'nope' is not a declared secret", undeclared.Error, StringComparison.Ordinal);
        Assert.Contains("gitea/token", undeclared.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, empty.ExitCode);
        Assert.False(File.Exists(lab.SecretsFile));
    }

    [Fact]
    public async Task TheValueIsNeverPrinted()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["secrets", "set", "gh_token"], "very-secret-value");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("very-secret-value", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("Set gh_token in secrets/lab.yaml", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAKeyItSaysToRunInit()
    {
        using var lab = new LabProject(withAgeKey: false);

        var result = await lab.RunAsync(["secrets", "set", "gh_token"], "v");

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("secrets init", result.Error, StringComparison.Ordinal);
    }
}
