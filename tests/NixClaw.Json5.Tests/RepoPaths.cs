namespace NixClaw.Json5.Tests;

/// <summary>Locates the repository (the directory holding NixClaw.sln) and the shared data beside it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The official JSON5 parse test cases (MIT), shipped in the shared folder next to the project.</summary>
    public static string Json5TestCases => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "json5-tests"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NixClaw.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"NixClaw.sln not found above {AppContext.BaseDirectory}");
    }
}
