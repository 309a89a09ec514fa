namespace NixClaw.Runtime.Processes;

/// <summary>Starts external programs. Verbs use this seam so tests can assert the exact commands without running them.</summary>
internal interface IProcessRunner
{
    /// <summary>Runs <paramref name="spec"/> to completion; cancellation kills the process tree.</summary>
    /// <exception cref="ToolNotFoundException">The program is not installed.</exception>
    Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="program"/> can be started (found on PATH or an existing path).</summary>
    bool IsAvailable(string program);
}
