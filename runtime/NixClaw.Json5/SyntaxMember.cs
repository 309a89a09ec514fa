namespace NixClaw.Json5;

/// <summary>An object member or array element in the source: where it starts and where its comma is.</summary>
internal sealed class SyntaxMember(string? key, int start, SyntaxNode value)
{
    /// <summary>The decoded key; null for array elements.</summary>
    public string? Key { get; } = key;

    /// <summary>Offset of the key (objects) or of the value (arrays).</summary>
    public int Start { get; } = start;

    public SyntaxNode Value { get; } = value;

    /// <summary>Offset of the comma after the value, or -1 when there is none.</summary>
    public int Comma { get; set; } = -1;

    /// <summary>Offset just past the member including its comma.</summary>
    public int End => Comma >= 0 ? Comma + 1 : Value.End;
}
