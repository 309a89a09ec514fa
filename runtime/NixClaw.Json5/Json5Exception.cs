namespace NixClaw.Json5;

/// <summary>A JSON5 document could not be read: a syntax error or a configured limit was exceeded.</summary>
public sealed class Json5Exception : Exception
{
    /// <summary>Creates an exception for a problem at a 1-based position.</summary>
    /// <param name="reason">What is wrong, without the position (e.g. <c>invalid character ','</c>).</param>
    /// <param name="line">1-based line; lines end at LF, as in the reference implementation.</param>
    /// <param name="column">1-based column counted in UTF-16 code units.</param>
    /// <param name="offset">0-based offset in UTF-16 code units.</param>
    public Json5Exception(string reason, int line, int column, int offset)
        : base($"{reason} at {line}:{column}")
    {
        Reason = reason;
        Line = line;
        Column = column;
        Offset = offset;
    }

    /// <summary>The problem without its position, e.g. <c>invalid end of input</c>.</summary>
    public string Reason { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>0-based offset of the problem in the source text, in UTF-16 code units.</summary>
    public int Offset { get; }
}
