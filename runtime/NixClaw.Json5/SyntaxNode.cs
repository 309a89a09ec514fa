namespace NixClaw.Json5;

/// <summary>Where a value sits in the source: [Start, End) and, for containers, the members with their commas.</summary>
internal sealed class SyntaxNode(Json5ValueKind kind, int start)
{
    public Json5ValueKind Kind { get; } = kind;

    /// <summary>Offset of the first character of the value (the brace or bracket for containers).</summary>
    public int Start { get; } = start;

    /// <summary>Offset just past the value (past the closing brace or bracket for containers).</summary>
    public int End { get; set; }

    /// <summary>Object members or array elements, in source order (duplicates included).</summary>
    public List<SyntaxMember> Members { get; } = [];
}
