using System.Text;

namespace NixClaw.Json5;

/// <summary>
/// A JSON5 text that can be patched in place: members and elements are added, replaced and removed by splicing the
/// text, so every comment and every untouched character stays exactly as it was. New members copy the indentation
/// and trailing-comma style of their siblings.
/// </summary>
/// <remarks>
/// Paths address containers from the root: each segment is a member name for objects or a decimal index for arrays.
/// After each patch the whole text is read again, so a patch can never leave invalid JSON5 behind.
/// </remarks>
public sealed partial class Json5Document
{
    private readonly Json5ReaderOptions _options;
    private string _text;
    private SyntaxNode _syntax;

    private Json5Document(string text, Json5ReaderOptions options)
    {
        _options = options;
        _text = text;
        Root = Json5Parser.Parse(text, options, true, out var syntax);
        _syntax = syntax!;
    }

    /// <summary>The current value of the whole document.</summary>
    public Json5Value Root { get; private set; }

    /// <summary>Reads a document.</summary>
    /// <exception cref="Json5Exception">The text is not JSON5 or exceeds a limit.</exception>
    public static Json5Document Parse(string text, Json5ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Json5Document(text, options ?? Json5ReaderOptions.Default);
    }

    /// <summary>The full current text.</summary>
    public override string ToString() => _text;

    /// <summary>
    /// Where the member or element at <paramref name="path"/> starts: the key of an object member, the value of an array
    /// element, the root value for an empty path. Lines and columns are 1-based and counted as in
    /// <see cref="Json5Exception"/> (lines end at LF, columns in UTF-16 code units).
    /// </summary>
    /// <returns>False when the path does not exist.</returns>
    public bool TryGetLocation(IReadOnlyList<string> path, out int line, out int column)
    {
        ArgumentNullException.ThrowIfNull(path);
        var offset = _syntax.Start;
        var node = _syntax;
        foreach (var segment in path)
        {
            SyntaxMember? member = node.Kind switch
            {
                Json5ValueKind.Object => node.Members.LastOrDefault(m => m.Key == segment),
                Json5ValueKind.Array => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < node.Members.Count ? node.Members[index] : null,
                _ => null,
            };
            if (member is null)
            {
                line = column = 0;
                return false;
            }

            offset = member.Start;
            node = member.Value;
        }

        var lineStart = offset == 0 ? 0 : _text.LastIndexOf('\n', offset - 1) + 1;

        line = _text.AsSpan(0, lineStart).Count('\n') + 1;
        column = offset - lineStart + 1;
        return true;
    }

    /// <summary>Adds member <paramref name="key"/> to the object at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidOperationException">The member already exists, or the path is not an object.</exception>
    public void AddMember(IReadOnlyList<string> path, string key, Json5Value value)
    {
        var container = Resolve(path, Json5ValueKind.Object);
        if (container.Members.Any(m => m.Key == key))
        {
            throw new InvalidOperationException($"member '{key}' already exists at {FormatPath(path)}");
        }

        var sb = new StringBuilder();
        Json5Writer.WriteKey(sb, key);
        sb.Append(": ");
        Insert(container, sb.ToString(), value);
    }

    /// <summary>Replaces the value of member <paramref name="key"/> (the last one, if the key is duplicated).</summary>
    /// <exception cref="InvalidOperationException">No such member, or the path is not an object.</exception>
    public void ReplaceMember(IReadOnlyList<string> path, string key, Json5Value value)
    {
        var container = Resolve(path, Json5ValueKind.Object);
        var member = container.Members.LastOrDefault(m => m.Key == key)
            ?? throw new InvalidOperationException($"no member '{key}' at {FormatPath(path)}");
        ReplaceValue(container, member, value);
    }

    /// <summary>Replaces member <paramref name="key"/> if it exists, else adds it.</summary>
    public void SetMember(IReadOnlyList<string> path, string key, Json5Value value)
    {
        if (Resolve(path, Json5ValueKind.Object).Members.Any(m => m.Key == key))
        {
            ReplaceMember(path, key, value);
        }
        else
        {
            AddMember(path, key, value);
        }
    }

    /// <summary>Removes member <paramref name="key"/> (every occurrence); returns whether it existed.</summary>
    public bool RemoveMember(IReadOnlyList<string> path, string key)
    {
        var removed = false;
        while (Resolve(path, Json5ValueKind.Object) is var container
               && container.Members.FindLastIndex(m => m.Key == key) is var index and >= 0)
        {
            Remove(container, index);
            removed = true;
        }

        return removed;
    }

    /// <summary>Appends an element to the array at <paramref name="path"/>.</summary>
    public void AppendElement(IReadOnlyList<string> path, Json5Value value) =>
        Insert(Resolve(path, Json5ValueKind.Array), "", value);

    /// <summary>Replaces element <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public void ReplaceElement(IReadOnlyList<string> path, int index, Json5Value value)
    {
        var container = Resolve(path, Json5ValueKind.Array);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)container.Members.Count, nameof(index));
        ReplaceValue(container, container.Members[index], value);
    }

    /// <summary>Removes element <paramref name="index"/> of the array at <paramref name="path"/>.</summary>
    public void RemoveElement(IReadOnlyList<string> path, int index)
    {
        var container = Resolve(path, Json5ValueKind.Array);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)container.Members.Count, nameof(index));
        Remove(container, index);
    }

    private SyntaxNode Resolve(IReadOnlyList<string> path, Json5ValueKind expected)
    {
        ArgumentNullException.ThrowIfNull(path);
        var node = _syntax;
        for (var i = 0; i < path.Count; i++)
        {
            SyntaxMember? next = node.Kind switch
            {
                // The last occurrence is the one readers see.
                Json5ValueKind.Object => node.Members.LastOrDefault(m => m.Key == path[i]),
                Json5ValueKind.Array => int.TryParse(path[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < node.Members.Count ? node.Members[index] : null,
                _ => null,
            };
            node = next?.Value ?? throw new InvalidOperationException($"path {FormatPath(path.Take(i + 1))} does not exist");
        }

        return node.Kind == expected
            ? node
            : throw new InvalidOperationException($"{FormatPath(path)} is {node.Kind}, not {expected}");
    }

    private void ReplaceValue(SyntaxNode container, SyntaxMember member, Json5Value value)
    {
        var multiLine = StartsLine(member.Start) && !IsSingleLine(container);
        var text = Format(value, LineIndent(member.Start), multiLine);
        Apply([(member.Value.Start, member.Value.End, text)]);
    }

    private void Insert(SyntaxNode container, string prefix, Json5Value value)
    {
        var newline = _text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var members = container.Members;
        if (members.Count == 0)
        {
            int open = container.Start, close = container.End - 1;
            var multiLine = _text.AsSpan(open, close - open).ContainsAny('\n', '\r');
            if (!multiLine)
            {
                var compact = prefix + Format(value, "", false);
                Apply(IsBlank(open + 1, close)
                    ? [(open + 1, close, " " + compact + " ")]
                    : [(open + 1, open + 1, " " + compact + ",")]);
                return;
            }

            var outer = LineIndent(open);
            var indent = outer + IndentUnit();
            var item = indent + prefix + Format(value, indent, true) + (PrefersTrailingComma() ? "," : "");
            var lineStart = LineStart(close);
            Apply(IsBlank(lineStart, close)
                ? [(lineStart, lineStart, item + newline)]
                : [(close, close, newline + item + newline + outer)]);
            return;
        }

        var last = members[^1];
        var hasComma = last.Comma >= 0;
        if (StartsLine(last.Start) && !IsSingleLine(container))
        {
            // One member per line: the new one goes on its own line after the last member and any comments that
            // share its line, which stay attached to it.
            var indent = LineIndent(last.Start);
            var at = Math.Min(EndOfLineTrivia(last.End), container.End - 1);
            var item = newline + indent + prefix + Format(value, indent, true) + (hasComma ? "," : "");
            Apply(hasComma ? [(at, at, item)] : [(last.Value.End, last.Value.End, ","), (at, at, item)]);
        }
        else
        {
            var item = prefix + Format(value, "", false);
            Apply(hasComma
                ? [(last.Comma + 1, last.Comma + 1, " " + item + ",")]
                : [(last.Value.End, last.Value.End, ", " + item)]);
        }
    }

    private void Remove(SyntaxNode container, int index)
    {
        var member = container.Members[index];
        int start = member.Start, end = member.End;

        // Swallow the spaces after the member; if it was alone on its line, swallow the whole line.
        while (end < _text.Length && _text[end] is ' ' or '\t')
        {
            end++;
        }

        var lineStart = LineStart(start);
        if (IsBlank(lineStart, start) && lineStart > container.Start && LineBreakLength(end) is var breakLength and > 0)
        {
            start = lineStart;
            end += breakLength;
        }

        var edits = new List<(int, int, string)>();

        // The last member without a comma leaves its predecessor's comma trailing; drop it to keep the old style.
        if (member.Comma < 0 && index > 0 && container.Members[index - 1].Comma is var comma and >= 0)
        {
            edits.Add((comma, comma + 1, ""));
        }

        edits.Add((start, end, ""));
        Apply(edits);
    }

    /// <summary>Applies non-overlapping edits (ascending order) and re-reads the text.</summary>
    private void Apply(IReadOnlyList<(int Start, int End, string Text)> edits)
    {
        var sb = new StringBuilder(_text.Length + 64);
        var at = 0;
        foreach (var (start, end, text) in edits)
        {
            sb.Append(_text, at, start - at).Append(text);
            at = end;
        }

        sb.Append(_text, at, _text.Length - at);
        var next = sb.ToString();
        Root = Json5Parser.Parse(next, _options, true, out var syntax);
        _syntax = syntax!;
        _text = next;
    }
}
