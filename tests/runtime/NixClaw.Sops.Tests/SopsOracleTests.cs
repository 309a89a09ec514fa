using System.Security.Cryptography;

namespace NixClaw.Sops.Tests;

/// <summary>Files this library writes, checked by an independent reader: npm sops-age decrypts them and the MAC is recomputed in JavaScript.</summary>
public sealed class SopsOracleTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task AWrittenFileDecryptsWithSopsAgeAndItsMacVerifies()
    {
        using var folder = new TempDirectory("nixclaw-sops-tests-");
        var (file, keyFile) = await WriteAsync(folder, ("mattermost/bot_token", "mm: token # not a comment"), ("gh_token", "ghp_1\nsecond line"), ("note_unencrypted", "plain"));

        var (data, error) = await SopsVerifier.VerifyAsync(file, keyFile);

        Assert.Null(error);
        Assert.Equal("mm: token # not a comment", data!.Value.GetProperty("mattermost").GetProperty("bot_token").GetString());
        Assert.Equal("ghp_1\nsecond line", data.Value.GetProperty("gh_token").GetString());
        Assert.Equal("plain", data.Value.GetProperty("note_unencrypted").GetString());
        Assert.DoesNotContain("ghp_1", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueSwappedWithoutTheKeyFailsTheOraclesCheck()
    {
        using var folder = new TempDirectory("nixclaw-sops-tests-");
        var (file, keyFile) = await WriteAsync(folder, ("a", "one"), ("b", "two"));
        var document = SopsDocument.Parse(File.ReadAllText(file), "s.yaml");
        var a = document.Data.GetText("a")!;
        document.SetStored(["a"], document.Data.GetText("b")!);
        document.SetStored(["b"], a);
        File.WriteAllText(file, document.ToText());

        var (data, error) = await SopsVerifier.VerifyAsync(file, keyFile);

        Assert.Null(data);
        Assert.NotNull(error);
    }

    private static async Task<(string File, string KeyFile)> WriteAsync(TempDirectory folder, params (string Key, string Value)[] values)
    {
        var keyFile = folder.Combine("key.txt");
        var recipient = await AgeCli.NewKeyAsync(keyFile);
        var dataKey = RandomNumberGenerator.GetBytes(SopsCipher.KeySize);
        var document = SopsDocument.Create(recipient, await AgeCli.WrapAsync(dataKey, recipient), "s.yaml");
        foreach (var (key, value) in values)
        {
            SopsCrypto.SetValue(document, key.Split('/'), value, dataKey, Now);
        }

        var file = folder.Combine("s.yaml");
        File.WriteAllText(file, document.ToText());
        return (file, keyFile);
    }
}
