namespace NixClaw.Runtime.Tests.Support;

/// <summary>Exit status and the two output streams of one run.</summary>
public sealed record RunResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
