namespace NixClaw.Generator.Model;

/// <summary>
/// Where the generated flake finds the C# project to build: <see cref="Src"/> is a Nix path relative to the flake
/// folder (only <c>..</c> segments: the source root contains the flake), <see cref="ProjectFile"/> the project file
/// relative to that root, and <see cref="PackageSource"/> an optional Nix path (relative to the flake folder) of a
/// folder of <c>.nupkg</c> files the build takes NixClaw packages from. From MSBuild (<c>NixClawFlakeSourceRoot</c>,
/// <c>NixClawPackageSource</c>, see NixClaw.targets); by default the project folder itself, so <c>./..</c> and
/// <c>&lt;Project&gt;.csproj</c>, and no package folder.
/// </summary>
internal sealed record FlakeSource(string Src, string ProjectFile, string? PackageSource = null)
{
    /// <summary>
    /// From the MSBuild properties, or the default when they are absent (a build without the NixClaw targets,
    /// tests) or not of the expected shape.
    /// </summary>
    public static FlakeSource From(string? relativeSrc, string? projectFile, string programName, string? packageSource = null)
    {
        var fallback = new FlakeSource("./..", programName + ".csproj");
        if (relativeSrc is null || projectFile is null)
        {
            return fallback;
        }

        var src = relativeSrc.Replace('\\', '/').TrimEnd('/');
        var file = projectFile.Replace('\\', '/');
        if (src.Length == 0 || file.Length == 0 || file.StartsWith("/", System.StringComparison.Ordinal) || file.Contains(".."))
        {
            return fallback;
        }

        foreach (var segment in src.Split('/'))
        {
            if (segment != "..")
            {
                return fallback;
            }
        }

        return new FlakeSource("./" + src, file, NixPath(packageSource));
    }

    /// <summary>A relative folder as a Nix path literal (<c>./../packages</c>), or null when absent or not a plain relative path.</summary>
    private static string? NixPath(string? folder)
    {
        var path = folder?.Replace('\\', '/').TrimEnd('/');
        if (string.IsNullOrEmpty(path) || path!.StartsWith("/", System.StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var c in path)
        {
            // Nix path literals allow letters, digits and ._-+/ only; anything else would need quoting.
            if (!(char.IsLetterOrDigit(c) && c < 128) && c != '.' && c != '_' && c != '-' && c != '+' && c != '/')
            {
                return null;
            }
        }

        return "./" + path;
    }
}
