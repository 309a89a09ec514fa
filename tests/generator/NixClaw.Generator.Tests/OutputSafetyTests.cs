using System.Text.Json;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>Hostile strings survive Nix escaping exactly; secrets and private keys never reach any output.</summary>
public sealed class OutputSafetyTests
{
    private const string Hostile = "q\"uote \\back ${inj} $${x} ''${y} '' ' \n new\r\nline \t tab é 日本 🦀 $";

    private static string HostWith(string description, string sshComment, string device, string deploy, string configDir) => $$"""
        using NixClaw;
        [NixClawHost]
        public static partial class H
        {
            public static readonly Host Machine = new("h") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p", DeployAddress = {{Cs(deploy)}}, ConfigDirectory = {{Cs(configDir)}} };
            public static readonly Disk Main = new("main", {{Cs(device)}}, [new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp }, new Partition("root", "100%", Filesystem.Ext4, "/")]);
            public static readonly Secret Gh = new("gh");
            public static readonly User Admin = new("admin", UserRole.Admin) { Description = {{Cs(description)}}, SshKeys = [{{Cs("ssh-ed25519 AAAA " + sshComment)}}], GitHubToken = Gh };
        }
        """;

    private static string Cs(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    [Fact]
    public void HostileStringsEvaluateToExactlyTheDeclaredValues()
    {
        var noNewline = Hostile.Replace("\n", " ").Replace("\r", " ");
        var run = new SampleRun(HostWith(Hostile, noNewline, Hostile, Hostile, "dir/with 'quote' and ${x}"));
        Assert.DoesNotContain(GeneratorHarness.Problems(run.Run, run.Output), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var dir = run.WriteTo();
        var args = NixEval.ModuleArgs(["gh"]);
        var users = NixEval.Json($"(import {NixEval.Lit(Path.Combine(dir, "hosts/h/users.nix"))}) ({args})").GetProperty("users").GetProperty("users").GetProperty("admin");
        Assert.Equal(Hostile, users.GetProperty("description").GetString());
        Assert.Equal("ssh-ed25519 AAAA " + noNewline, users.GetProperty("openssh").GetProperty("authorizedKeys").GetProperty("keys")[0].GetString());

        var disko = NixEval.Json($"(import {NixEval.Lit(Path.Combine(dir, "hosts/h/disko.nix"))}) ({args})");
        Assert.Equal(Hostile, disko.GetProperty("disko").GetProperty("devices").GetProperty("disk").GetProperty("main").GetProperty("device").GetString());

        var admin = NixEval.Json($"(import {NixEval.Lit(Path.Combine(dir, "hosts/h/home/admin.nix"))}) ({args})");
        var init = admin.GetProperty("programs").GetProperty("fish").GetProperty("interactiveShellInit").GetString()!;
        Assert.Contains("cd ~/'dir/with '\\''quote'\\'' and ${x}'\n", init);
        Assert.Contains("set -gx GH_TOKEN (cat /run/secrets/gh)\n", init);
    }

    [Fact]
    public void NixStringEscapingRoundTripsRandomStrings()
    {
        var random = new Random(20261125);
        const string alphabet = "ab$'{}\"\\\n\r\t ${}''é日🦀";
        var values = Enumerable.Range(0, 300).Select(_ =>
        {
            var length = random.Next(0, 24);
            var chars = new System.Text.StringBuilder();
            for (var i = 0; i < length; i++)
            {
                var pick = random.Next(alphabet.Length);
                chars.Append(char.IsHighSurrogate(alphabet[pick]) ? alphabet.Substring(pick, 2) : char.IsLowSurrogate(alphabet[pick]) ? "x" : alphabet[pick].ToString());
            }

            return chars.ToString();
        }).ToList();
        var expression = "[ " + string.Join(" ", values.Select(NixClaw.Generator.Emitting.Nix.NixLiteral.String)) + " ]";
        var evaluated = NixEval.Json(expression).EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(values, evaluated);
    }

    [Fact]
    public void CanarySecretsAndPrivateKeysNeverReachGeneratedOutput()
    {
        const string ageSecret = "AGE-SECRET-KEY-1CANARY0CANARY0CANARY0CANARY0CANARY0CANARY0CANARY0CANARY";
        const string sshPrivate = "-----BEGIN OPENSSH PRIVATE KEY-----CANARYSSH";
        const string urlToken = "CANARYTOKEN";
        var source = SampleSource.With("AgeRecipient = \"age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p\"", $"AgeRecipient = \"{ageSecret}\"")
            .Replace("SshKeys = [\"ssh-ed25519", $"SshKeys = [\"{sshPrivate}\", \"ssh-ed25519", StringComparison.Ordinal)
            .Replace("\"https://mattermost.fitzsky.com\"", $"\"https://operator:{urlToken}@mattermost.fitzsky.com\"", StringComparison.Ordinal)
            .Replace("Endpoint = \"http://127.0.0.1:11434/v1\"", $"Endpoint = \"http://ollama:{urlToken}@127.0.0.1:11434/v1\"", StringComparison.Ordinal);
        var run = new SampleRun(source);

        var ids = GeneratorHarness.Problems(run.Run, run.Output).Select(d => d.Id).ToList();
        Assert.Contains("NCLAW207", ids);
        Assert.Contains("NCLAW305", ids);
        Assert.Equal(2, ids.Count(id => id == "NCLAW009"));

        // openclaw.json is still generated (with secrets as references only) and is part of what is searched.
        Assert.Contains("hosts/nixclaw/openclaw/openclaw.json", run.Files.Keys);
        var everything = string.Join("\n", run.Files.Values)
            + string.Join("\n", run.Run.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()))
            + string.Join("\n", run.Run.Diagnostics.Select(d => d.GetMessage()));
        Assert.DoesNotContain("CANARY", everything);
    }
}
