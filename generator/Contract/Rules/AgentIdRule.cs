namespace NixClaw.Contract;

/// <summary>
/// OpenClaw's agent id rule (the <c>propertyNames</c> pattern of <c>agents.entries</c>). An id is also a repository
/// name, a workspace folder and a file name on the host, so every part of NixClaw checks it here.
/// </summary>
public static class AgentIdRule
{
    /// <summary>The pattern as OpenClaw's schema writes it (for messages; <see cref="IsValid"/> is the check).</summary>
    public const string Pattern = "^[a-z0-9_][a-z0-9_-]{0,63}$";

    /// <summary>Longest id.</summary>
    public const int MaxLength = 64;

    /// <summary>What a valid id looks like, for error messages.</summary>
    public const string Description = "use 1 to 64 lowercase letters, digits, '_' or '-', starting with a letter, digit or '_'";

    /// <summary>Whether <paramref name="id"/> matches <see cref="Pattern"/> exactly (a trailing newline does not pass, unlike .NET's <c>$</c>).</summary>
    public static bool IsValid(string? id)
    {
        if (id is null || id.Length is 0 or > MaxLength || id[0] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
