using System.Diagnostics;
using System.Text.Json;

namespace NixClaw.Nix.Tests;

/// <summary>
/// Evaluates a generated <c>nix/</c> folder with the real upstream module code (disko, sops-nix, Home Manager,
/// colmena, deploy-rs, nixpkgs' lib and NixOS files; <c>tests/generator/NixClaw.Nix.Tests/Data</c>) and a typed stand-in
/// for the rest of NixOS, through <c>tests/generator/NixClaw.Nix.Tests/Harness/eval.nix</c>, with Debian's
/// <c>nix-instantiate</c> and no network. Self-contained (xunit's <c>Assert</c> and the BCL only), so other test
/// projects can compile it in with <c>&lt;Compile Include="../NixClaw.Nix.Tests/Support/UpstreamEvaluation.cs" /&gt;</c> and
/// <c>&lt;Compile Include="../NixClaw.Nix.Tests/Support/EvaluationResult.cs" /&gt;</c>.
/// </summary>
/// <remarks>
/// What is real and what is a stand-in: docs/architecture.md, "Generated Nix, evaluated". A report is the JSON
/// of eval.nix: <c>hosts.&lt;host&gt;</c> (failed assertions, warnings, users, secrets, Home Manager units, file
/// systems, ...), <c>colmena</c> (hive nodes and deployment options) and <c>deploy</c> (nodes, the interface.json
/// errors, deploy-rs checks).
/// </remarks>
public static class UpstreamEvaluation
{
    private static readonly Lazy<string> Executable = new(FindNixInstantiate);

    /// <summary>The repository root (the folder holding NixClaw.sln), found above the test binary.</summary>
    public static string RepositoryRoot => Repo.Root;

    /// <summary>tests/generator/NixClaw.Nix.Tests/Harness: eval.nix and the stand-ins.</summary>
    public static string HarnessDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "generator", "NixClaw.Nix.Tests", "Harness");

    /// <summary>
    /// Evaluates the flake in <paramref name="nixDir"/> (the folder holding the generated flake.nix) and fails the
    /// test with Nix's own error message when evaluation fails. Does not judge the report: see <see cref="AssertPasses(JsonElement)"/>.
    /// </summary>
    /// <param name="nixDir">The generated nix/ folder.</param>
    /// <param name="deployTools">Also evaluate colmena (a second NixOS evaluation per node), deploy-rs and checks.</param>
    public static JsonElement Evaluate(string nixDir, bool deployTools = true) => EvaluateAll([nixDir], deployTools)[0];

    /// <summary>Evaluates several generated folders in one nix-instantiate process (the upstream code is read once).</summary>
    public static IReadOnlyList<JsonElement> EvaluateAll(IReadOnlyList<string> nixDirs, bool deployTools = true)
    {
        var result = Run(nixDirs, deployTools);
        Assert.True(result.ExitCode == 0, "Evaluation with the upstream modules failed:\n" + result.Error);
        return result.Report!.Value.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>
    /// Evaluates and fails the test unless every host of <paramref name="nixDir"/> passes: no failed NixOS
    /// assertion, no warning, colmena's nodes without failed assertions, and <c>deploy</c> valid against
    /// deploy-rs's interface.json. Returns the report for further checks.
    /// </summary>
    public static JsonElement AssertPasses(string nixDir, bool deployTools = true)
    {
        var report = Evaluate(nixDir, deployTools);
        AssertPasses(report);
        return report;
    }

    /// <summary>
    /// Fails unless the report has hosts, none with failed assertions or warnings or with a key in a freeform
    /// setting that is not in tests/generator/NixClaw.Nix.Tests/SettingsKeys.txt, and valid deploy-rs nodes.
    /// </summary>
    public static void AssertPasses(JsonElement report)
    {
        var hosts = report.GetProperty("hosts").EnumerateObject().ToList();
        Assert.NotEmpty(hosts);
        var knownKeys = File.ReadAllLines(Path.Combine(RepositoryRoot, "tests", "generator", "NixClaw.Nix.Tests", "SettingsKeys.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var host in hosts)
        {
            var unknown = host.Value.GetProperty("settingsKeys").EnumerateArray().Select(k => k.GetString()!).Where(k => !knownKeys.Contains(k)).ToList();
            Assert.True(unknown.Count == 0, $"{host.Name}: keys in freeform settings that are not in SettingsKeys.txt (check each against the program's reference, then add it): {string.Join(", ", unknown)}");
            Assert.True(host.Value.GetProperty("assertions").GetArrayLength() == 0, $"{host.Name}: failed NixOS assertions: {host.Value.GetProperty("assertions")}");
            Assert.True(host.Value.GetProperty("warnings").GetArrayLength() == 0, $"{host.Name}: NixOS warnings: {host.Value.GetProperty("warnings")}");
            Assert.Equal(host.Name, host.Value.GetProperty("hostName").GetString());
        }

        if (report.TryGetProperty("colmena", out var colmena))
        {
            foreach (var node in colmena.GetProperty("assertions").EnumerateObject())
            {
                Assert.True(node.Value.GetArrayLength() == 0, $"colmena node {node.Name}: failed assertions: {node.Value}");
            }
        }

        if (report.TryGetProperty("deploy", out var deploy))
        {
            var errors = deploy.GetProperty("schemaErrors");
            Assert.True(errors.GetArrayLength() == 0, $"deploy does not match deploy-rs's interface.json: {errors}");
        }
    }

    /// <summary>
    /// Evaluates without failing: the exit code, the reports (an array, one per folder) when it succeeded, and
    /// Nix's error text otherwise. For tests that expect evaluation to fail with an upstream message.
    /// </summary>
    public static EvaluationResult Run(IReadOnlyList<string> nixDirs, bool deployTools = true)
    {
        var calls = string.Join(
            "\n",
            nixDirs.Select(d => $"  (import (harness + \"/eval.nix\") {{ nixDir = /. + {Lit(Path.GetFullPath(d))}; deployTools = {(deployTools ? "true" : "false")}; }})"));
        return RunExpression("[\n" + calls + "\n]");
    }

    /// <summary>Evaluates any expression with the harness folder bound to <c>harness</c> (a path); the JSON result or the error.</summary>
    public static EvaluationResult RunExpression(string expression)
    {
        var info = new ProcessStartInfo(Executable.Value)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        foreach (var argument in new[] { "--store", "dummy://", "--eval", "--strict", "--json", "-E", $"let harness = /. + {Lit(HarnessDirectory)}; in {expression}" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var error = stderr.Result;
        return process.ExitCode == 0
            ? new EvaluationResult(0, JsonDocument.Parse(stdout.Result).RootElement.Clone(), error)
            : new EvaluationResult(process.ExitCode, null, error);
    }

    /// <summary>A Nix string literal.</summary>
    public static string Lit(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("${", "\\${", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Copies a generated nix/ folder to a new temporary folder, optionally with an (empty) secrets file for
    /// each <c>secrets/*.skeleton.yaml</c>, as after the user's first <c>secrets set</c>: sops-nix only hashes it
    /// during evaluation. Returns the copy.
    /// </summary>
    public static string CopyToTemp(string nixDir, bool withSecretsFiles = true)
    {
        var target = Directory.CreateTempSubdirectory("nixclaw-upstream-").FullName;
        foreach (var file in Directory.EnumerateFiles(nixDir, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(nixDir, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        if (withSecretsFiles && Directory.Exists(Path.Combine(target, "secrets")))
        {
            foreach (var skeleton in Directory.EnumerateFiles(Path.Combine(target, "secrets"), "*.skeleton.yaml"))
            {
                var secrets = skeleton[..^".skeleton.yaml".Length] + ".yaml";
                if (!File.Exists(secrets))
                {
                    File.WriteAllText(secrets, "");
                }
            }
        }

        return target;
    }

    private static string FindNixInstantiate()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "nix-instantiate");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail("nix-instantiate is not on PATH: run scripts/setup (installs the Debian package nix-bin).");
        return "";
    }
}
