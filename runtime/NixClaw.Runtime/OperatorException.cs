namespace NixClaw.Runtime;

/// <summary>
/// An error the operator can fix: the message says what is wrong, the hint what to do. Verbs throw it; the app
/// prints <c>error: message</c> and the hint, and exits with <see cref="ExitCode"/>. Never put a secret in either.
/// </summary>
internal sealed class OperatorException(int exitCode, string message, string? hint = null) : Exception(message)
{
    /// <summary>Exit status (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>What to do about it, or null.</summary>
    public string? Hint { get; } = hint;
}
