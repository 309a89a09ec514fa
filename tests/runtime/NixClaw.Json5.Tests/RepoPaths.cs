namespace NixClaw.Json5.Tests;

/// <summary>Locates the repository (the directory holding NixClaw.sln) and the test data in it.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The official JSON5 parse test cases (MIT, see its LICENSE.md), vendored byte for byte (no line-ending
    /// normalisation: some cases are about CR and CRLF) so the suite runs from the repository alone.
    /// </summary>
    public static string Json5TestCases => Path.Combine(Root, "tests", "runtime", "NixClaw.Json5.Tests", "Data", "json5-tests");

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
