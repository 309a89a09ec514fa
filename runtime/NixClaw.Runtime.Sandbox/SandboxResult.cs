namespace NixClaw.Runtime.Sandbox;

/// <summary>What a sandboxed command did.</summary>
/// <param name="ExitCode">Exit code of the command (137 or similar when it was killed).</param>
/// <param name="StandardOutput">Standard output as UTF-8, capped; ends with <see cref="TruncationMarker"/> text when cut.</param>
/// <param name="StandardError">Standard error, capped the same way.</param>
/// <param name="StandardOutputTruncated">Whether standard output was cut.</param>
/// <param name="StandardErrorTruncated">Whether standard error was cut.</param>
/// <param name="TimedOut">Whether the wall-clock limit killed the command.</param>
/// <param name="Duration">Wall-clock time of the call.</param>
public sealed record SandboxResult(
    int ExitCode,
    string StandardOutput,
    string StandardError,
    bool StandardOutputTruncated,
    bool StandardErrorTruncated,
    bool TimedOut,
    TimeSpan Duration)
{
    /// <summary>Start of the line appended to a stream that was cut.</summary>
    public const string TruncationMarker = "[nixclaw: output truncated";
}
