namespace NixClaw.Runtime.Processes;

/// <summary>A program a verb needs is not installed (or could not be started).</summary>
internal sealed class ToolNotFoundException(string program, string? detail = null)
    : Exception(detail is null ? $"'{program}' was not found on PATH." : $"'{program}' could not be started: {detail}")
{
    /// <summary>The missing program.</summary>
    public string Program { get; } = program;
}
