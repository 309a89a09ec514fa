using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW3xx: users.</summary>
public sealed class UserDiagnosticsTests
{
    private const string NamePattern = "start with a lowercase letter or '_', then use lowercase letters, digits, '_' or '-'";

    [Theory]
    [InlineData("Devin", NamePattern)]
    [InlineData("devin bernosky", NamePattern)]
    [InlineData("1devin", NamePattern)]
    [InlineData("-devin", NamePattern)]
    [InlineData("devin.b", NamePattern)]
    [InlineData("root", "it is reserved by NixOS")]
    [InlineData("nobody", "it is reserved by NixOS")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg", "it must be 1 to 32 characters")]
    public void NCLAW301_InvalidUserName(string name, string problem) =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("new(\"devinbernosky\", UserRole.Admin)", $"new([|\"{name}\"|], UserRole.Admin)")),
            Error("NCLAW301", $"User name '{name}' is invalid: {problem}"));

    [Fact]
    public void UserNameOf32CharactersIsValid() =>
        DiagnosticAssert.Clean(Sources.Sample(("new(\"devinbernosky\", UserRole.Admin)", "new(\"_devin-bernosky_0123456789abcdef\", UserRole.Admin)")));

    [Fact]
    public void NCLAW302_TwoServiceUsers() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("    // ---- Secrets", "    public static readonly User Service2 = [|new(\"openclaw2\", UserRole.Service) { Linger = true }|];\n\n    // ---- Secrets")),
            Error("NCLAW302", "Host 'nixclaw' needs exactly one service user to run the gateway; 'openclaw' and 'openclaw2' are both services"));

    [Fact]
    public void NCLAW302_NoServiceUser() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("Host Nixclaw = new(\"nixclaw\")\n    {", "Host Nixclaw = [|new(\"nixclaw\")\n    {"),
                ("ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    };", "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    }|];"),
                ("new(\"openclaw\", UserRole.Service)", "new(\"openclaw\", UserRole.Admin)"),
                ("Description = \"NixClaw gateway\",", "Description = \"NixClaw gateway\",\n        SshKeys = [\"" + Sources.AdminKey + "\"],")),
            Error("NCLAW302", "Host 'nixclaw' needs exactly one service user to run the gateway; none is declared"));

    [Fact]
    public void NCLAW303_AdminWithoutCredentials() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("User Admin = new(\"devinbernosky\", UserRole.Admin)\n    {", "User Admin = [|new(\"devinbernosky\", UserRole.Admin)\n    {"),
                ("        SshKeys = [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c devin@macbook\"],\n", ""),
                ("        PasswordHash = AdminPasswordHash,\n", ""),
                ("GitHubToken = GhToken,\n    };", "GitHubToken = GhToken,\n    }|];")),
            Warning("NCLAW303", "Admin 'devinbernosky' has neither SSH keys nor a password hash; nobody could log in"));

    [Fact]
    public void NCLAW304_ServiceUserWithLingerFalse() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("Linger = true,", "Linger = [|false|],")),
            Error("NCLAW304", "Service user 'openclaw' must have Linger = true so the gateway starts at boot"));

    [Fact]
    public void NCLAW304_ServiceUserWithoutLingerIsReportedOnTheUser() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                ("User Service = new(\"openclaw\", UserRole.Service)\n    {", "User Service = [|new(\"openclaw\", UserRole.Service)\n    {"),
                ("        Linger = true,\n", ""),
                ("RootlessPodman = true,\n    };", "RootlessPodman = true,\n    }|];")),
            Error("NCLAW304", "Service user 'openclaw' must have Linger = true so the gateway starts at boot"));

    [Theory]
    [InlineData("ssh-ed25519", "ssh-ed25519")]
    [InlineData("AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c devin@macbook", "AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0G...")]
    [InlineData("ssh-ed25519: AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c", "ssh-ed25519: AAAAC3NzaC1lZDI1NTE5AAAA...")]
    [InlineData("ssh-ed25519  AAAAC3NzaC1lZDI1NTE5", "ssh-ed25519  AAAAC3NzaC1lZDI1NTE5")]
    public void NCLAW305_InvalidSshKey(string key, string shown) =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("SshKeys = [\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c devin@macbook\"]", $"SshKeys = [[|\"{key}\"|]]")),
            Error("NCLAW305", $"'{shown}' is not an SSH public key line (type, base64 key, optional comment)"));
}
