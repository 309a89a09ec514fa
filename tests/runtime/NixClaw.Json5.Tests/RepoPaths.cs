namespace NixClaw.Json5.Tests;

/// <summary>The test data in the repository.</summary>
internal static class RepoPaths
{
    /// <summary>
    /// The official JSON5 parse test cases (MIT, see its LICENSE.md), vendored byte for byte (no line-ending
    /// normalisation: some cases are about CR and CRLF) so the suite runs from the repository alone.
    /// </summary>
    public static string Json5TestCases => Repo.Path("tests", "runtime", "NixClaw.Json5.Tests", "Data", "json5-tests");
}
