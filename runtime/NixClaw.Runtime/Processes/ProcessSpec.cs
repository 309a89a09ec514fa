namespace NixClaw.Runtime.Processes;

/// <summary>
/// One program to start, with its arguments as a list: nothing goes through a shell, so no value
/// (a path with spaces, a host name) can ever be re-interpreted as syntax.
/// </summary>
/// <param name="FileName">Program name (looked up on PATH) or path.</param>
/// <param name="Arguments">Arguments, passed as they are.</param>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Bytes written to standard input (then closed); null leaves it closed (or inherited when <see cref="Interactive"/>).</summary>
    public byte[]? StandardInput { get; init; }

    /// <summary>
    /// True for long operator-facing tools (nixos-anywhere, nixos-rebuild): they inherit the terminal, so
    /// their own progress output and prompts (SSH host keys, sudo) reach the operator. Output is not captured.
    /// </summary>
    public bool Interactive { get; init; }

    /// <summary>The command line as an operator would type it, each argument quoted for a POSIX shell when needed.</summary>
    public string Display => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(ShellQuote.Quote));

    /// <summary>Compares by value, arguments included (records compare lists by reference).</summary>
    public bool SameCommand(ProcessSpec other) => FileName == other.FileName && Arguments.SequenceEqual(other.Arguments);
}
