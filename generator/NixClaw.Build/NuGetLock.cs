using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NixClaw.Build;

/// <summary>
/// The NuGet lock the generated Nix build restores from (<c>nix/deps.json</c>, nixpkgs' <c>nugetDeps</c> JSON form:
/// <c>[{ pname, version, hash }]</c>), computed from what <c>dotnet restore</c> resolved: the project's
/// <c>project.assets.json</c> and those of the projects it references (the Nix build restores the whole graph).
/// The hash is the SHA-512 of each package file, which NuGet recorded when it downloaded it, as a Nix SRI hash.
/// </summary>
/// <remarks>
/// Packages found in the optional local package folder (a <c>.nupkg</c> named <c>id.version.nupkg</c>) are locked like
/// the others; the generated Nix takes them from that folder instead of nuget.org. Their bytes must be the ones restore
/// used, otherwise the Nix build would compile against a different package than <c>dotnet build</c> did.
/// Compiled into NixClaw.Build and into NixClaw.Runtime (<c>check</c>), so both compute the same bytes.
/// </remarks>
internal static class NuGetLock
{
    /// <summary>Name of the lock inside the generated Nix folder.</summary>
    public const string FileName = "deps.json";

    /// <summary>The lock's bytes for the restored project at <paramref name="assetsFile"/>.</summary>
    /// <param name="assetsFile">The project's <c>obj/project.assets.json</c>.</param>
    /// <param name="packageSource">Full path of the local package folder, or null/empty for none.</param>
    /// <exception cref="NuGetLockException">A file is missing or malformed, or a local package differs from the restored one.</exception>
    public static byte[] Compute(string assetsFile, string? packageSource)
    {
        var packages = new SortedDictionary<string, Package>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(Path.GetFullPath(assetsFile));
        while (pending.Count > 0)
        {
            var file = pending.Pop();
            if (seen.Add(file))
            {
                foreach (var reference in ReadAssets(file, packages))
                {
                    pending.Push(reference);
                }
            }
        }

        // The folder's .nupkg files by name, listed once (NuGet names them id.version.nupkg, in any case).
        var localCopies = string.IsNullOrEmpty(packageSource) || !Directory.Exists(packageSource)
            ? new Dictionary<string, string>()
            : Directory.GetFiles(packageSource!, "*.nupkg").ToDictionary(f => Path.GetFileName(f), f => f, StringComparer.OrdinalIgnoreCase);
        foreach (var package in packages.Values)
        {
            VerifyLocalCopy(package, localCopies);
        }

        return Encoding.UTF8.GetBytes(Serialize(packages.Values.ToList()));
    }

    /// <summary>Adds the package libraries of one assets file; returns the assets files of the projects it references.</summary>
    private static List<string> ReadAssets(string file, SortedDictionary<string, Package> packages)
    {
        if (!File.Exists(file))
        {
            throw new NuGetLockException($"{file} does not exist: run `dotnet restore` on the project first.");
        }

        var references = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            var folders = root.GetProperty("packageFolders").EnumerateObject().Select(f => f.Name).ToList();
            foreach (var library in root.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.TryGetProperty("type", out var type) && type.GetString() == "package")
                {
                    var slash = library.Name.IndexOf('/');
                    var id = library.Name.Substring(0, slash);
                    var version = library.Name.Substring(slash + 1);
                    var key = id.ToLowerInvariant() + "\0" + version;
                    if (!packages.ContainsKey(key))
                    {
                        // Sorted as nixpkgs' fetch-deps sorts: by lower-case id, then version.
                        var path = library.Value.GetProperty("path").GetString() ?? "";
                        packages[key] = new Package(id, version, PackageFileSha512(folders, path, id, version));
                    }
                }
            }

            var restore = root.GetProperty("project").GetProperty("restore");
            var projects = new List<string>();
            foreach (var framework in restore.GetProperty("frameworks").EnumerateObject())
            {
                if (framework.Value.TryGetProperty("projectReferences", out var projectReferences))
                {
                    foreach (var reference in projectReferences.EnumerateObject())
                    {
                        projects.Add(reference.Value.GetProperty("projectPath").GetString() ?? reference.Name);
                    }
                }
            }

            projects.AddRange(BuildOnlyReferences(restore.GetProperty("projectPath").GetString() ?? ""));
            foreach (var projectPath in projects)
            {
                // The default intermediate folder; a referenced project that moves obj/ is not supported.
                references.Add(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json")));
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or System.Xml.XmlException)
        {
            throw new NuGetLockException($"{file} is not a NuGet assets file NixClaw can read: {e.Message}");
        }

        return references;
    }

    /// <summary>
    /// The SHA-512 of the package file as nuget.org serves it, which is what Nix's fetcher checks. NuGet keeps it beside
    /// the extracted package (<c>id.version.nupkg.sha512</c>); the assets file's own <c>sha512</c> is a content hash
    /// that leaves out a signed package's signature, so it is not the file's hash.
    /// </summary>
    private static string PackageFileSha512(List<string> folders, string path, string id, string version)
    {
        var name = id.ToLowerInvariant() + "." + version.ToLowerInvariant() + ".nupkg";
        foreach (var folder in folders)
        {
            var hashFile = Path.Combine(Path.Combine(folder, path), name + ".sha512");
            if (File.Exists(hashFile))
            {
                return File.ReadAllText(hashFile).Trim();
            }

            var package = Path.Combine(Path.Combine(folder, path), name);
            if (File.Exists(package))
            {
                return Sha512Of(package);
            }
        }

        throw new NuGetLockException($"{id} {version} is not in the NuGet package folders ({string.Join(", ", folders)}): run `dotnet restore` first.");
    }

    private static string Sha512Of(string file)
    {
        using var sha = SHA512.Create();
        using var stream = File.OpenRead(file);
        return Convert.ToBase64String(sha.ComputeHash(stream));
    }

    /// <summary>
    /// The project's own ProjectReference items, read from the project file. Restore does not record references with
    /// <c>ReferenceOutputAssembly="false"</c> (a generator, a build task), yet the Nix build restores and builds them too.
    /// Only literal paths are followed; a reference whose path uses MSBuild properties is left to the assets file.
    /// </summary>
    private static IEnumerable<string> BuildOnlyReferences(string projectFile)
    {
        if (!File.Exists(projectFile))
        {
            yield break;
        }

        var document = System.Xml.Linq.XDocument.Load(projectFile);
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
        {
            var include = (string?)element.Attribute("Include");
            if (include is not null && include.IndexOf("$(", StringComparison.Ordinal) < 0)
            {
                yield return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(projectFile)!, include.Replace('\\', '/')));
            }
        }
    }

    /// <summary>A package that is also in the local folder must be the very file restore used: the Nix build takes that copy.</summary>
    private static void VerifyLocalCopy(Package package, Dictionary<string, string> localCopies)
    {
        if (!localCopies.TryGetValue(package.Id + "." + package.Version + ".nupkg", out var file))
        {
            return;
        }

        if (Sha512Of(file) != package.Sha512)
        {
            throw new NuGetLockException(
                $"{file} is not the {package.Id} {package.Version} that restore used (its SHA-512 differs from the NuGet cache's). " +
                $"A package was rebuilt with the same version: remove the cached copy (`dotnet nuget locals global-packages --clear`, " +
                $"or delete ~/.nuget/packages/{package.Id.ToLowerInvariant()}/{package.Version.ToLowerInvariant()}) and build again, or give the new build a new version.");
        }
    }

    private static string Serialize(List<Package> packages)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < packages.Count; i++)
        {
            var package = packages[i];
            builder.Append(i == 0 ? "\n" : ",\n")
                .Append("  {\n")
                .Append("    \"pname\": \"").Append(Plain(package.Id)).Append("\",\n")
                .Append("    \"version\": \"").Append(Plain(package.Version)).Append("\",\n")
                .Append("    \"hash\": \"sha512-").Append(Plain(package.Sha512)).Append("\"\n")
                .Append("  }");
        }

        return builder.Append(packages.Count == 0 ? "]\n" : "\n]\n").ToString();
    }

    /// <summary>Package ids, versions and base64 hashes need no JSON escaping; anything else is refused, not escaped.</summary>
    private static string Plain(string value)
    {
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c is '.' or '-' or '_' or '+' or '/' or '='))
            {
                throw new NuGetLockException($"unexpected character '{c}' in '{value}' from the NuGet assets file.");
            }
        }

        return value;
    }

    private sealed class Package
    {
        public Package(string id, string version, string sha512)
        {
            Id = id;
            Version = version;
            Sha512 = sha512;
        }

        public string Id { get; }

        public string Version { get; }

        public string Sha512 { get; }
    }
}
