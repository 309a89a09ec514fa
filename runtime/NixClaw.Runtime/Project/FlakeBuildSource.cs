namespace NixClaw.Runtime.Project;

/// <summary>
/// Where the generated flake builds the program from, as the generator saw it (all relative, Nix path style).
/// </summary>
/// <param name="SourceRoot">The flake's <c>src</c>, relative to the Nix folder (<c>./..</c> for the project folder).</param>
/// <param name="ProjectFile">The project file, relative to <paramref name="SourceRoot"/>.</param>
/// <param name="PackageSource">The folder of local .nupkg files relative to the Nix folder (<c>./../packages</c>), or empty.</param>
internal sealed record FlakeBuildSource(string SourceRoot, string ProjectFile, string PackageSource)
{
    /// <summary>The source root as a full path, for the Nix folder <paramref name="nixDirectory"/>.</summary>
    public string SourceRootPath(string nixDirectory) => Path.GetFullPath(Path.Combine(nixDirectory, SourceRoot));

    /// <summary>The project's folder as a full path.</summary>
    public string ProjectDirectory(string nixDirectory) => Path.GetDirectoryName(Path.Combine(SourceRootPath(nixDirectory), ProjectFile))!;

    /// <summary>The package folder as a full path, or null when none is used.</summary>
    public string? PackageSourcePath(string nixDirectory) =>
        PackageSource.Length == 0 ? null : Path.GetFullPath(Path.Combine(nixDirectory, PackageSource));
}
