namespace NixClaw.Generator.Model;

/// <summary>
/// Where the generated flake finds the C# project to build: <see cref="Src"/> is a Nix path relative to the flake
/// folder (only <c>..</c> segments: the source root contains the flake), <see cref="ProjectFile"/> the project file
/// relative to that root. From MSBuild (<c>NixClawFlakeSourceRoot</c>, see NixClaw.Build.targets); by default the
/// project folder itself, so <c>./..</c> and <c>&lt;Project&gt;.csproj</c>.
/// </summary>
internal sealed record FlakeSource(string Src, string ProjectFile)
{
    /// <summary>
    /// From the MSBuild properties, or the default when they are absent (a build without the NixClaw targets,
    /// tests) or not of the expected shape.
    /// </summary>
    public static FlakeSource From(string? relativeSrc, string? projectFile, string programName)
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

        return new FlakeSource("./" + src, file);
    }
}
