using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>The sample's generated C# and files: golden, parse-checked and deterministic.</summary>
public sealed class SampleOutputTests
{
    [Fact]
    public void SampleBuildsWithoutAnyDiagnostic()
    {
        var sample = SampleRun.Sample;
        Assert.Empty(GeneratorHarness.Problems(sample.Run, sample.Output));
    }

    [Fact]
    public void BindingsMatchGoldenFile()
    {
        var source = SampleRun.Sample.Run.Results.Single().GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs");
        Golden.Verify("Homelab.Homelab.Manifest.g.cs.txt", source.SourceText.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>The committed samples/Homelab/nix is the golden copy of every generated file.</summary>
    [Fact]
    public void GeneratedFilesMatchTheCommittedSampleFiles()
    {
        var committedRoot = Repo.Path("samples", "Homelab", "nix");
        var files = SampleRun.Sample.Files;
        var update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        foreach (var (path, content) in files)
        {
            var committed = Path.Combine(committedRoot, path);
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(committed)!);
                File.WriteAllText(committed, content);
            }

            Assert.True(File.Exists(committed), $"{path} is generated but not committed under samples/Homelab/nix");
            Assert.Equal(File.ReadAllText(committed), content);
        }

        // deps.json is written by the build task from the restore (the NuGet lock), the rest by the generator.
        var manifest = File.ReadAllLines(Path.Combine(committedRoot, ".nixclaw-generated")).Where(l => !l.StartsWith('#') && l.Length > 0);
        Assert.Equal(files.Keys.Append("deps.json").Order(StringComparer.Ordinal), manifest.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryExpectedFileIsGenerated()
    {
        string[] expected =
        [
            ".sops.yaml", "flake.nix", "hosts/nixclaw/default.nix", "hosts/nixclaw/disko.nix", "hosts/nixclaw/hardware.nix",
            "hosts/nixclaw/home/devinbernosky.nix", "hosts/nixclaw/home/openclaw.nix", "hosts/nixclaw/justfile", "hosts/nixclaw/openclaw/agents.json5",
            "hosts/nixclaw/openclaw/bindings.json5", "hosts/nixclaw/openclaw/declared-agents.json5", "hosts/nixclaw/openclaw/openclaw.json",
            "hosts/nixclaw/secrets.nix", "hosts/nixclaw/users.nix", "nixclaw/build-declarations.nix", "nixclaw/sandbox-image-module.nix",
            "nixclaw/sandbox-image.nix", "nixclaw/sandbox-rootfs.nix", "secrets/nixclaw.skeleton.yaml",
        ];
        Assert.Equal(expected, SampleRun.Sample.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutputIsDeterministicAndIndependentOfDeclarationOrder()
    {
        var lines = SampleSource.Text.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains("public static readonly Secret AdminPasswordHash", StringComparison.Ordinal));
        var end = Array.FindIndex(lines, l => l.Contains("public static readonly Secret TailscaleAuthKey", StringComparison.Ordinal));
        var reordered = lines[..start].Concat(lines[start..(end + 1)].Reverse()).Concat(lines[(end + 1)..]);
        var again = new SampleRun(string.Join('\n', reordered));
        Assert.Equal(SampleRun.Sample.Files, again.Files);
    }

    [Fact]
    public void EveryNixFileParses()
    {
        var dir = SampleRun.Sample.WriteTo();
        foreach (var path in SampleRun.Sample.Files.Keys.Where(p => p.EndsWith(".nix", StringComparison.Ordinal)))
        {
            var (code, _, stderr) = Support.Tools.Run(Support.Tools.NixInstantiate, ["--store", "dummy://", "--parse", Path.Combine(dir, path)]);
            Assert.True(code == 0, $"{path}: {stderr}");
        }
    }

    [Fact]
    public void NixFilesFollowNixfmtLayoutRules()
    {
        foreach (var (path, content) in SampleRun.Sample.Files.Where(f => f.Key.EndsWith(".nix", StringComparison.Ordinal)))
        {
            Assert.EndsWith("\n", content);
            Assert.DoesNotContain("\r", content);
            Assert.DoesNotContain("\t", content);
            Assert.DoesNotContain("\n\n\n", content);
            foreach (var line in content.Split('\n'))
            {
                Assert.False(line.EndsWith(' '), $"{path}: trailing space in '{line}'");
                var indent = line.Length - line.TrimStart(' ').Length;
                Assert.True(indent % 2 == 0, $"{path}: odd indentation in '{line}'");
            }
        }
    }

    [Fact]
    public void JustfileParsesAndListsTheSeedRecipes()
    {
        var dir = SampleRun.Sample.WriteTo();
        var (code, stdout, stderr) = Support.Tools.Run(Support.Tools.Just, ["--justfile", Path.Combine(dir, "hosts/nixclaw/justfile"), "--list"]);
        Assert.True(code == 0, stderr);
        foreach (var recipe in new[] { "status", "logs", "restart", "pull", "deploy", "push", "new-agent name", "delete-agent name *flags", "reconcile *ids", "sync agent=\"\"", "clone-skills" })
        {
            Assert.Contains("    " + recipe, stdout);
        }
    }

    [Fact]
    public void JustRecipesCallTheProgramsVerbs()
    {
        var dir = SampleRun.Sample.WriteTo();
        var (code, stdout, stderr) = Support.Tools.Run(Support.Tools.Just, ["--justfile", Path.Combine(dir, "hosts/nixclaw/justfile"), "--dry-run", "new-agent", "my project"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("/etc/profiles/per-user/openclaw/bin/Homelab agent new 'my project'", stderr + stdout);

        (code, stdout, stderr) = Support.Tools.Run(Support.Tools.Just, ["--justfile", Path.Combine(dir, "hosts/nixclaw/justfile"), "--dry-run", "reconcile", "research"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("/etc/profiles/per-user/openclaw/bin/Homelab agent reconcile research", stderr + stdout);
    }
}
