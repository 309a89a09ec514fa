namespace NixClaw.Runtime.Roster;

/// <summary>One problem in a roster file.</summary>
/// <param name="File">Full path of the file.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column (UTF-16 code units).</param>
/// <param name="Path">OpenClaw-style config path, e.g. <c>bindings[1].match</c> or <c>agents.entries.coder.name</c>.</param>
/// <param name="Message">What is wrong, e.g. <c>Unrecognized key: "bogusKey"</c>.</param>
public sealed record RosterError(string File, int Line, int Column, string Path, string Message)
{
    /// <summary><c>file:line:column: path: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
