using System.Text;

namespace NixClaw.Json5;

/// <summary>
/// How a patch blends into the text around it: the indentation unit, trailing-comma habit and line layout of the
/// siblings, read from the document itself.
/// </summary>
public sealed partial class Json5Document
{
    private string Format(Json5Value value, string indent, bool multiLine)
    {
        var sb = new StringBuilder();
        var newline = _text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        Json5Writer.WriteValue(sb, value, indent, multiLine ? IndentUnit() : "", multiLine ? newline : "", !multiLine);
        return sb.ToString();
    }

    /// <summary>The indentation step of the document: its smallest line indentation, else two spaces.</summary>
    private string IndentUnit()
    {
        string? best = null;
        var lineStart = 0;
        while (lineStart < _text.Length)
        {
            var i = lineStart;
            while (i < _text.Length && _text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i > lineStart && i < _text.Length && _text[i] is not ('\n' or '\r') && (best is null || i - lineStart < best.Length))
            {
                best = _text[lineStart..i];
            }

            var next = _text.IndexOf('\n', i);
            lineStart = next < 0 ? _text.Length : next + 1;
        }

        return best ?? "  ";
    }

    /// <summary>Trailing commas for a first member: follow any multi-line container of the document, else use them.</summary>
    private bool PrefersTrailingComma()
    {
        bool? found = null;
        Visit(_syntax);
        return found ?? true;

        void Visit(SyntaxNode node)
        {
            if (node.Members.Count > 0 && StartsLine(node.Members[^1].Start))
            {
                found ??= node.Members[^1].Comma >= 0;
            }

            foreach (var member in node.Members)
            {
                Visit(member.Value);
            }
        }
    }

    /// <summary>Whether all members of <paramref name="container"/> share the line of its opening brace.</summary>
    private bool IsSingleLine(SyntaxNode container) =>
        container.Members.Count == 0 || !_text.AsSpan(container.Start, container.Members[^1].Start - container.Start).ContainsAny('\n', '\r');

    /// <summary>Past spaces and comments that follow <paramref name="at"/> on the same line (the line break is not included).</summary>
    private int EndOfLineTrivia(int at)
    {
        var pos = at;
        var lastEnd = at;
        while (pos < _text.Length)
        {
            var c = _text[pos];
            if (c is ' ' or '\t')
            {
                pos++;
            }
            else if (c == '/' && pos + 1 < _text.Length && _text[pos + 1] == '/')
            {
                var end = _text.AsSpan(pos).IndexOfAny("\n\r\u2028\u2029");
                return end < 0 ? _text.Length : pos + end;
            }
            else if (c == '/' && pos + 1 < _text.Length && _text[pos + 1] == '*')
            {
                var end = _text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                pos = end + 2;
                lastEnd = pos;
            }
            else
            {
                break;
            }
        }

        return lastEnd;
    }

    private int LineStart(int offset)
    {
        var i = offset;
        while (i > 0 && _text[i - 1] is not ('\n' or '\r'))
        {
            i--;
        }

        return i;
    }

    private string LineIndent(int offset)
    {
        var start = LineStart(offset);
        var i = start;
        while (i < offset && _text[i] is ' ' or '\t')
        {
            i++;
        }

        return _text[start..i];
    }

    /// <summary>Whether only spaces and block comments precede <paramref name="offset"/> on its line (not the first line).</summary>
    private bool StartsLine(int offset)
    {
        var pos = LineStart(offset);
        if (pos == 0)
        {
            return false;
        }

        while (pos < offset)
        {
            if (_text[pos] is ' ' or '\t')
            {
                pos++;
            }
            else if (_text[pos] == '/' && _text[pos + 1] == '*' && _text.IndexOf("*/", pos + 2, StringComparison.Ordinal) is var end and >= 0 && end + 2 <= offset)
            {
                pos = end + 2;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private bool IsBlank(int start, int end) => _text.AsSpan(start, end - start).Trim(" \t").IsEmpty;

    private int LineBreakLength(int at) =>
        at < _text.Length && _text[at] == '\r' ? (at + 1 < _text.Length && _text[at + 1] == '\n' ? 2 : 1)
        : at < _text.Length && _text[at] == '\n' ? 1
        : 0;

    private static string FormatPath(IEnumerable<string> path) => "/" + string.Join('/', path);
}
