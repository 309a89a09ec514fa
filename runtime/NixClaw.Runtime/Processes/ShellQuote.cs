namespace NixClaw.Runtime.Processes;

/// <summary>Quotes an argument for display in a POSIX shell (commands are never run through one).</summary>
public static class ShellQuote
{
    /// <summary>The argument as-is when it holds only safe characters, otherwise single-quoted.</summary>
    public static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.All(IsSafe))
        {
            return argument;
        }

        return "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static bool IsSafe(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '@' or '#' or '=' or ',' or '+' or '%';
}
