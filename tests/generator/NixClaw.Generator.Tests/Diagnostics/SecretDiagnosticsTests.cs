using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW2xx: secrets.</summary>
public sealed class SecretDiagnosticsTests
{
    private const string OpenAIKey = "new(\"openai/api_key\", Owner: Service)";
    private const string Recipient = "AgeRecipient = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\",";

    [Fact]
    public void NCLAW201_UserReferencesAnUndeclaredSecret() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("GitHubToken = GhToken,", "GitHubToken = [|new Secret(\"gh_token_2\")|],")),
            Error("NCLAW201", "Secret 'gh_token_2' used by the GitHub token of user 'devinbernosky' is not declared as a field of host class 'Homelab'"));

    [Fact]
    public void NCLAW201_WebSearchReferencesAnUndeclaredSecret() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new WebSearchTool(BraveKey)", "new WebSearchTool([|new Secret(\"brave/other\")|])")),
            Error("NCLAW201", "Secret 'brave/other' used by the web search tool of agent 'research' is not declared as a field of host class 'Homelab'"));

    [Fact]
    public void NCLAW201_ServiceReferencesASecretDeclaredInAnotherClass() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("{ ApiKey = OpenAIKey, IsDefault = true }", "{ ApiKey = [|Other.OpenAIKey|], IsDefault = true }"),
                ("namespace Homelab;", "namespace Homelab;\n\ninternal static class Other\n{\n    public static readonly Secret OpenAIKey = new(\"openai/other_key\");\n}")),
            Error("NCLAW201", "Secret 'openai/other_key' used by model 'gpt' is not declared as a field of host class 'Homelab'"));

    [Fact]
    public void NCLAW202_SecretOwnedByAnUndeclaredUser() =>
        DiagnosticAssert.Exactly(
            Sources.Sample((OpenAIKey, "new(\"openai/api_key\", Owner: [|new User(\"ghost\", UserRole.Admin)|])")),
            Error("NCLAW202", "Secret 'openai/api_key' is owned by 'ghost', which is not a declared user"));

    [Theory]
    [InlineData("gitea/../token", "'.' and '..' segments would escape /run/secrets")]
    [InlineData("gitea/to ken", "segment 'to ken' may only use letters, digits, '_', '-' and '.'")]
    [InlineData("gitea/tök", "segment 'tök' may only use letters, digits, '_', '-' and '.'")]
    public void NCLAW203_InvalidSecretKey(string key, string problem) =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"gitea/token\")", $"new([|\"{key}\"|])")),
            Error("NCLAW203", $"Secret key '{key}' is invalid: {problem}"));

    [Fact]
    public void NCLAW203_SecretKeyNestedUnderAnotherSecret() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("public static readonly Secret GiteaToken = new(\"gitea/token\");", "public static readonly Secret GiteaRoot = new(\"gitea\");\n    public static readonly Secret GiteaToken = new([|\"gitea/token\"|]);")),
            Error("NCLAW203", "Secret key 'gitea/token' is invalid: 'gitea' is also a secret (declared by 'GiteaRoot'), so it cannot be the folder of this one"));

    [Fact]
    public void NCLAW203_DeeplyNestedKeyNamesTheSecretOnItsPath() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("public static readonly Secret GiteaToken = new(\"gitea/token\");", "public static readonly Secret GiteaToken = new(\"gitea/token\");\n    public static readonly Secret Deep = new([|\"gitea/token/extra\"|]);")),
            Error("NCLAW203", "Secret key 'gitea/token/extra' is invalid: 'gitea/token' is also a secret (declared by 'GiteaToken'), so it cannot be the folder of this one"));

    [Fact]
    public void SiblingKeysUnderOneFolderAreFine() =>
        DiagnosticAssert.Clean(Sources.Sample(("public static readonly Secret GiteaToken = new(\"gitea/token\");", "public static readonly Secret GiteaToken = new(\"gitea/token\");\n    public static readonly Secret GiteaHook = new(\"gitea/webhook\");")));

    [Theory]
    [InlineData("rw")]
    [InlineData("0800")]
    [InlineData("40")]
    [InlineData("00400")]
    public void NCLAW204_InvalidSecretMode(string mode) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((OpenAIKey, $"new(\"openai/api_key\", Owner: Service, Mode: [|\"{mode}\"|])")),
            Error("NCLAW204", $"Mode '{mode}' of secret 'openai/api_key' is not an octal file mode like \"0400\""));

    [Theory]
    [InlineData("0444")]
    [InlineData("644")]
    [InlineData("0604")]
    public void NCLAW205_WorldReadableSecret(string mode) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((OpenAIKey, $"new(\"openai/api_key\", Owner: Service, Mode: [|\"{mode}\"|])")),
            Warning("NCLAW205", $"Secret 'openai/api_key' is readable by every user (mode {mode})"));

    [Fact]
    public void GroupReadableSecretIsFine() =>
        DiagnosticAssert.Clean(Sources.Sample((OpenAIKey, "new(\"openai/api_key\", Owner: Service, Mode: \"0440\")")));

    [Fact]
    public void NCLAW206_PasswordHashWithAnOwner() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"admin_password_hash\")", "new(\"admin_password_hash\", Owner: [|Service|])")),
            Error("NCLAW206", "Secret 'admin_password_hash' is the password hash of 'devinbernosky' and must not have an owner"));

    [Fact]
    public void NCLAW207_SecretKeyInsteadOfRecipientIsNotEchoed() =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Recipient, "AgeRecipient = [|\"AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ\"|],")),
            Error("NCLAW207", "Host 'nixclaw' declares secrets but AgeRecipient '(not shown)' is not an age public key (age1...)"));

    [Fact]
    public void NCLAW207_TruncatedRecipient() =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Recipient, "AgeRecipient = [|\"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8\"|],")),
            Error("NCLAW207", "Host 'nixclaw' declares secrets but AgeRecipient 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8' is not an age public key (age1...)"));

    private static string WithoutRecipient() => Sources.Sample(
        ("Host Nixclaw = new(\"nixclaw\")\n    {", "Host Nixclaw = [|new(\"nixclaw\")\n    {"),
        (Recipient + "\n", ""),
        ("ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    };", "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    }|];"));

    [Fact]
    public void NCLAW208_MissingRecipientIsOnlyAWarningUntilASecretsFileExists() =>
        DiagnosticAssert.Exactly(
            WithoutRecipient(),
            Warning("NCLAW208", "Host 'nixclaw' declares secrets but no AgeRecipient yet: run `dotnet run -- secrets init` and add the AgeRecipient line it prints to the Host declared in class Homelab"));

    [Fact]
    public void NCLAW207_MissingRecipientIsAnErrorOnceASecretsFileExists() =>
        DiagnosticAssert.ExactlyWithBuildProperties(
            new Dictionary<string, string> { ["NixClawSecretsFileExists"] = "true" },
            WithoutRecipient(),
            Error("NCLAW207", "Host 'nixclaw' declares secrets but AgeRecipient '(not shown)' is not an age public key (age1...)"));

    [Fact]
    public void NoSecretsNeedNoRecipient() => DiagnosticAssert.Clean(Sources.Minimal());
}
