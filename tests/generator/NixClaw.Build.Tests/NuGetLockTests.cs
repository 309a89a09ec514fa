using System.Security.Cryptography;
using System.Text;

namespace NixClaw.Build.Tests;

/// <summary>deps.json from restore's assets files: what it locks, in what order, and what it refuses.</summary>
public sealed class NuGetLockTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LocksEveryPackageOfTheGraphSortedByLowerCaseIdThenVersionWithTheFileHash()
    {
        var cache = _temp.Combine("cache");
        var zed = CachePackage(cache, "Zed.Lib", "1.0.0", "zed");
        var lower = CachePackage(cache, "alpha", "2.0.0", "alpha");
        var dotted = CachePackage(cache, "Alpha.Tools", "1.0.0", "tools");
        var generator = CachePackage(cache, "Roslyn.Only", "4.11.0", "roslyn");
        // The generator project is referenced with ReferenceOutputAssembly="false": restore leaves it out of the
        // assets file's references, but the Nix build restores it too, so the lock follows the project file.
        Project("gen", cache, [("Roslyn.Only", "4.11.0")], []);
        var app = Project("app", cache, [("Zed.Lib", "1.0.0"), ("alpha", "2.0.0"), ("Alpha.Tools", "1.0.0")], [],
            projectFileReferences: [Path.Combine("..", "gen", "gen.csproj")]);

        var text = Encoding.UTF8.GetString(NuGetLock.Compute(app, packageSource: null));

        Assert.Equal($$"""
            [
              {
                "pname": "alpha",
                "version": "2.0.0",
                "hash": "sha512-{{lower}}"
              },
              {
                "pname": "Alpha.Tools",
                "version": "1.0.0",
                "hash": "sha512-{{dotted}}"
              },
              {
                "pname": "Roslyn.Only",
                "version": "4.11.0",
                "hash": "sha512-{{generator}}"
              },
              {
                "pname": "Zed.Lib",
                "version": "1.0.0",
                "hash": "sha512-{{zed}}"
              }
            ]

            """.Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void ALocalPackageThatIsNotTheOneRestoreUsedIsRefusedNamingItAndTheFix()
    {
        var cache = _temp.Combine("cache");
        CachePackage(cache, "NixClaw.Runtime", "0.1.0", "restored bytes");
        var app = Project("app", cache, [("NixClaw.Runtime", "0.1.0")], []);
        var local = _temp.Combine("packages");
        Directory.CreateDirectory(local);
        File.WriteAllText(Path.Combine(local, "NixClaw.Runtime.0.1.0.nupkg"), "rebuilt bytes");

        var error = Assert.Throws<NuGetLockException>(() => NuGetLock.Compute(app, local));

        Assert.Contains(Path.Combine(local, "NixClaw.Runtime.0.1.0.nupkg") + " is not the NixClaw.Runtime 0.1.0 that restore used", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet nuget locals global-packages --clear", error.Message, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(local, "NixClaw.Runtime.0.1.0.nupkg"), "restored bytes");
        Assert.Contains("\"pname\": \"NixClaw.Runtime\"", Encoding.UTF8.GetString(NuGetLock.Compute(app, local)), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingAssetsFileSaysToRestore()
    {
        var error = Assert.Throws<NuGetLockException>(() => NuGetLock.Compute(_temp.Combine("nowhere", "project.assets.json"), null));
        Assert.Contains("does not exist: run `dotnet restore` on the project first", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A package as NuGet's cache holds it: the file and its .sha512; returns that hash.</summary>
    private static string CachePackage(string cache, string id, string version, string content)
    {
        var folder = Path.Combine(cache, id.ToLowerInvariant(), version);
        Directory.CreateDirectory(folder);
        var bytes = Encoding.UTF8.GetBytes(content);
        var name = $"{id.ToLowerInvariant()}.{version}.nupkg";
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
        var hash = Convert.ToBase64String(SHA512.HashData(bytes));
        File.WriteAllText(Path.Combine(folder, name + ".sha512"), hash);
        return hash;
    }

    /// <summary>A project folder with obj/project.assets.json naming <paramref name="packages"/>; returns the assets file.</summary>
    private string Project(string name, string cache, (string Id, string Version)[] packages, string[] assetsReferences, string[]? projectFileReferences = null)
    {
        var folder = _temp.Combine(name);
        Directory.CreateDirectory(Path.Combine(folder, "obj"));
        var projectFile = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(projectFile, "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>"
            + string.Concat((projectFileReferences ?? []).Select(r => $"<ProjectReference Include=\"{r}\" ReferenceOutputAssembly=\"false\" />"))
            + "</ItemGroup></Project>");
        var libraries = string.Join(",", packages.Select(p => $$"""
            "{{p.Id}}/{{p.Version}}": { "sha512": "content-hash-not-the-file-hash", "type": "package", "path": "{{p.Id.ToLowerInvariant()}}/{{p.Version}}" }
            """));
        var references = string.Join(",", assetsReferences.Select(r => $$"""
            "{{r}}": { "projectPath": "{{r}}" }
            """));
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        File.WriteAllText(assets, $$"""
            {
              "version": 3,
              "libraries": { {{libraries}} },
              "packageFolders": { "{{cache}}/": {} },
              "project": {
                "restore": {
                  "projectPath": "{{projectFile}}",
                  "frameworks": { "net10.0": { "projectReferences": { {{references}} } } }
                }
              }
            }
            """);
        return assets;
    }
}
