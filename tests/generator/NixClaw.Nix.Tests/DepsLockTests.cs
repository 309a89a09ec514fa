using System.Security.Cryptography;
using System.Text.Json;

namespace NixClaw.Nix.Tests;

/// <summary>
/// samples/Homelab/nix/deps.json is the NuGet lock file the Nix build reads, written by the build task: it must list
/// exactly the packages the sample's project graph restores, with the SHA-512 of each package file as Nix's fetcher
/// will compute it. Checked here against the package files themselves, independently of how the task computes it.
/// </summary>
public sealed class DepsLockTests
{
    [Fact]
    public void Lock_MatchesTheRestoredProjectGraph()
    {
        var expected = RestoredPackages();
        var locked = JsonDocument.Parse(File.ReadAllText(Repo.Path("samples", "Homelab", "nix", "deps.json"))).RootElement
            .EnumerateArray()
            .ToDictionary(e => e.GetProperty("pname").GetString() + "/" + e.GetProperty("version").GetString(), e => e.GetProperty("hash").GetString()!);

        var missing = expected.Keys.Except(locked.Keys).Order(StringComparer.Ordinal).ToList();
        var extra = locked.Keys.Except(expected.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"samples/Homelab/nix/deps.json is stale (run dotnet build samples/Homelab). Missing: {string.Join(", ", missing)}. Not restored: {string.Join(", ", extra)}.");
        foreach (var (key, nupkg) in expected)
        {
            var hash = "sha512-" + Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(nupkg)));
            Assert.True(hash == locked[key], $"{key}: deps.json has {locked[key]}, the package file hashes to {hash}");
        }
    }

    [Fact]
    public void Lock_IsSortedAndDeterministic()
    {
        var text = File.ReadAllText(Repo.Path("samples", "Homelab", "nix", "deps.json"));
        var names = JsonDocument.Parse(text).RootElement.EnumerateArray().Select(e => e.GetProperty("pname").GetString()!.ToLowerInvariant()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.EndsWith("]\n", text, StringComparison.Ordinal);
    }

    /// <summary>Package id/version → .nupkg path, over every project reachable from the sample.</summary>
    private static Dictionary<string, string> RestoredPackages()
    {
        var packages = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Repo.Path("samples", "Homelab", "Homelab.csproj")]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryPop(out var csproj))
        {
            if (!seen.Add(csproj))
            {
                continue;
            }

            var dir = Path.GetDirectoryName(csproj)!;
            foreach (var reference in System.Xml.Linq.XDocument.Load(csproj).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(dir, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
            }

            var assetsPath = Path.Combine(dir, "obj", "project.assets.json");
            Assert.True(File.Exists(assetsPath), $"{assetsPath} is missing: restore the sample first (dotnet restore samples/Homelab).");
            using var assets = JsonDocument.Parse(File.ReadAllText(assetsPath));
            var folders = assets.RootElement.GetProperty("packageFolders").EnumerateObject().Select(p => p.Name).ToList();
            foreach (var library in assets.RootElement.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.GetProperty("type").GetString() != "package")
                {
                    continue;
                }

                var parts = library.Name.Split('/');
                var relative = library.Value.GetProperty("path").GetString()!;
                var nupkg = folders
                    .Select(f => Path.Combine(f, relative, $"{parts[0].ToLowerInvariant()}.{parts[1].ToLowerInvariant()}.nupkg"))
                    .FirstOrDefault(File.Exists);
                Assert.True(nupkg is not null, $"{library.Name}: package file not found in {string.Join(", ", folders)}");
                packages[library.Name] = nupkg!;
            }
        }

        return packages;
    }
}
