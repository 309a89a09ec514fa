using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Tests.Support;

/// <summary>The generator's output for the Homelab sample (compiled as assembly "Homelab", like the real project).</summary>
internal sealed class SampleRun
{
    private static readonly Lazy<SampleRun> Instance = new(() => new SampleRun(SampleSource.Text));

    /// <summary>What NixClaw.Build.targets passes for samples/Homelab (NixClawFlakeSourceRoot = the repository root).</summary>
    public static IReadOnlyDictionary<string, string> SampleBuildProperties { get; } = new Dictionary<string, string>
    {
        ["NixClawFlakeSrc"] = "../../../",
        ["NixClawFlakeProjectFile"] = "samples/Homelab/Homelab.csproj",
    };

    public SampleRun(params string[] sources)
    {
        (Run, Output) = GeneratorHarness.Run(GeneratorHarness.Compile("Homelab", sources), SampleBuildProperties);
        Files = GeneratorHarness.Files(Run);
    }

    public static SampleRun Sample => Instance.Value;

    public GeneratorDriverRunResult Run { get; }

    public Compilation Output { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>Writes the generated files into a fresh temporary folder and returns it.</summary>
    public string WriteTo()
    {
        var dir = Directory.CreateTempSubdirectory("nixclaw-gen-").FullName;
        foreach (var (path, content) in Files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }

        // The encrypted sops file is the user's, not generated; modules refer to it by path.
        Directory.CreateDirectory(Path.Combine(dir, "secrets"));
        foreach (var skeleton in Files.Keys.Where(p => p.EndsWith(".skeleton.yaml", StringComparison.Ordinal)))
        {
            File.WriteAllText(Path.Combine(dir, skeleton.Replace(".skeleton.yaml", ".yaml", StringComparison.Ordinal)), "");
        }

        return dir;
    }
}
