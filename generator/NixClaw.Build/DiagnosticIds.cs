namespace NixClaw.Build;

/// <summary>
/// Codes of the errors and warnings the build task reports. A separate "NCLAWB" range keeps them
/// apart from the generator's NCLAW diagnostics, so both can grow without coordination.
/// </summary>
internal static class DiagnosticIds
{
    /// <summary>A generated path is rooted, climbs out, or otherwise could land outside the output folder.</summary>
    public const string UnsafePath = "NCLAWB001";

    /// <summary>A carrier constant does not have the "path\ncontent" shape.</summary>
    public const string MalformedConstant = "NCLAWB002";

    /// <summary>Two generated files claim the same path, or a path is both a file and a folder.</summary>
    public const string PathConflict = "NCLAWB003";

    /// <summary>The compiled assembly could not be read.</summary>
    public const string UnreadableAssembly = "NCLAWB004";

    /// <summary>Writing or deleting a file failed.</summary>
    public const string IoFailure = "NCLAWB005";

    /// <summary>The NuGet lock (deps.json) could not be computed from the restore's assets files.</summary>
    public const string NuGetLockFailure = "NCLAWB006";

    /// <summary>Check mode: a generated file is missing.</summary>
    public const string CheckMissing = "NCLAWB010";

    /// <summary>Check mode: a generated file's content differs from what the declarations generate.</summary>
    public const string CheckDiffers = "NCLAWB011";

    /// <summary>Check mode: a file generated earlier is no longer generated but still present.</summary>
    public const string CheckStale = "NCLAWB012";

    /// <summary>Check mode: summary telling the user how to fix the files.</summary>
    public const string CheckSummary = "NCLAWB013";

    /// <summary>A manifest entry or stale file was left alone because touching it would be unsafe.</summary>
    public const string SkippedUnsafe = "NCLAWB020";
}
