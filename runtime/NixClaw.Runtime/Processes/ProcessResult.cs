namespace NixClaw.Runtime.Processes;

/// <summary>How a process ended and what it printed (empty output for interactive processes).</summary>
/// <param name="ExitCode">Exit status.</param>
/// <param name="StandardOutput">Standard output bytes.</param>
/// <param name="StandardError">Standard error as text.</param>
internal sealed record ProcessResult(int ExitCode, byte[] StandardOutput, string StandardError)
{
    /// <summary>Standard output as UTF-8 text.</summary>
    public string OutputText => System.Text.Encoding.UTF8.GetString(StandardOutput);

    /// <summary>True when the exit status is 0.</summary>
    public bool Succeeded => ExitCode == 0;
}
