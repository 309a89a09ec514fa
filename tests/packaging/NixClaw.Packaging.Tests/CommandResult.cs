namespace NixClaw.Packaging.Tests;

/// <summary>What a child process did: exit code and both streams, printable for an assertion message.</summary>
internal sealed record CommandResult(string Command, int ExitCode, string Output, string Error)
{
    public override string ToString() => $"$ {Command}\nexit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
