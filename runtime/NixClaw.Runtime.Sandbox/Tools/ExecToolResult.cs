namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>What <c>exec</c> tells the model.</summary>
/// <param name="ExitCode">Exit code.</param>
/// <param name="Stdout">Standard output (capped; a marker line says when it was cut).</param>
/// <param name="Stderr">Standard error (capped the same way).</param>
/// <param name="TimedOut">Whether the command was killed at its time limit.</param>
/// <param name="Truncated">Whether stdout or stderr was cut.</param>
/// <param name="DurationMs">Wall-clock milliseconds.</param>
public sealed record ExecToolResult(int ExitCode, string Stdout, string Stderr, bool TimedOut, bool Truncated, long DurationMs);
