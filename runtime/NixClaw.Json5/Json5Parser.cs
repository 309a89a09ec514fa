using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NixClaw.Json5;

/// <summary>
/// Single-pass recursive-descent JSON5 parser over a span. Every character is looked at a bounded number of times, so
/// parsing is linear; errors name the same character and position as the reference implementation (json5 2.2.3).
/// </summary>
/// <remarks>
/// One file on purpose: the productions share one cursor and call each other, and the grammar reads top to bottom as
/// in the JSON5 specification; split by production it would be the same code with the cursor passed around.
/// </remarks>
internal ref struct Json5Parser
{
    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");
    private static readonly SearchValues<char> LineTerminators = SearchValues.Create("\n\r\u2028\u2029");

    private readonly ReadOnlySpan<char> _s;
    private readonly int _maxDepth;
    private readonly bool _buildSyntax;
    private readonly bool _rejectDuplicateKeys;
    private int _pos;
    private StringBuilder? _builder;

    private Json5Parser(ReadOnlySpan<char> text, Json5ReaderOptions options, bool buildSyntax)
    {
        _s = text;
        _maxDepth = options.MaxDepth;
        _buildSyntax = buildSyntax;
        _rejectDuplicateKeys = options.RejectDuplicateKeys;
        _pos = 0;
        _builder = null;
    }

    /// <summary>Parses a whole document; when <paramref name="buildSyntax"/> is set also returns the span tree.</summary>
    public static Json5Value Parse(ReadOnlySpan<char> text, Json5ReaderOptions? options, bool buildSyntax, out SyntaxNode? syntax)
    {
        options ??= Json5ReaderOptions.Default;
        if (text.Length > options.MaxDocumentLength)
        {
            throw new Json5Exception(
                $"document length {text.Length} exceeds the maximum of {options.MaxDocumentLength} characters", 1, 1, 0);
        }

        var parser = new Json5Parser(text, options, buildSyntax);
        parser.SkipTrivia();
        if (parser._pos >= text.Length)
        {
            throw parser.Error(parser._pos);
        }

        var value = parser.ParseValue(0, out syntax);
        parser.SkipTrivia();
        if (parser._pos < text.Length)
        {
            throw parser.Error(parser._pos);
        }

        return value;
    }

    private void SkipTrivia()
    {
        var s = _s;
        while (_pos < s.Length)
        {
            var c = s[_pos];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u00A0' or '\uFEFF' or '\u2028' or '\u2029':
                    _pos++;
                    continue;
                case '/':
                    if (_pos + 1 >= s.Length)
                    {
                        throw Error(_pos + 1);
                    }

                    var next = s[_pos + 1];
                    if (next == '/')
                    {
                        // The line terminator itself is consumed as whitespace on the next turn.
                        var end = s[(_pos + 2)..].IndexOfAny(LineTerminators);
                        _pos = end < 0 ? s.Length : _pos + 2 + end;
                        continue;
                    }

                    if (next == '*')
                    {
                        var end = s[(_pos + 2)..].IndexOf("*/", StringComparison.Ordinal);
                        if (end < 0)
                        {
                            throw Error(s.Length);
                        }

                        _pos += 2 + end + 2;
                        continue;
                    }

                    throw Error(_pos + 1);
                default:
                    if (c > 0x7F && char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
                    {
                        _pos++;
                        continue;
                    }

                    return;
            }
        }
    }

    private Json5Value ParseValue(int depth, out SyntaxNode? syntax)
    {
        var start = _pos;
        Json5Value value;
        switch (_s[_pos])
        {
            case '{':
                return ParseObject(depth + 1, out syntax);
            case '[':
                return ParseArray(depth + 1, out syntax);
            case '"' or '\'':
                value = new Json5String(ParseString());
                break;
            case 'n':
                Literal("null");
                value = Json5Null.Instance;
                break;
            case 't':
                Literal("true");
                value = Json5Boolean.True;
                break;
            case 'f':
                Literal("false");
                value = Json5Boolean.False;
                break;
            case 'I' or 'N' or '+' or '-' or '.' or (>= '0' and <= '9'):
                value = ParseNumber();
                break;
            default:
                throw Error(_pos);
        }

        syntax = _buildSyntax ? new SyntaxNode(value.Kind, start) { End = _pos } : null;
        return value;
    }

    private Json5Object ParseObject(int depth, out SyntaxNode? syntax)
    {
        EnterContainer(depth);
        var node = _buildSyntax ? new SyntaxNode(Json5ValueKind.Object, _pos) : null;
        var obj = new Json5Object();
        Dictionary<string, int>? keyStarts = _rejectDuplicateKeys ? new(StringComparer.Ordinal) : null;
        _pos++;
        for (;;)
        {
            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error(_pos);
            }

            var c = _s[_pos];
            if (c == '}')
            {
                break;
            }

            var keyStart = _pos;
            var key = c is '"' or '\'' ? ParseString() : ParseIdentifier();
            if (keyStarts is not null && !keyStarts.TryAdd(key, keyStart))
            {
                var firstLine = _s[..keyStarts[key]].Count('\n') + 1;
                var line = _s[..keyStart].Count('\n') + 1;
                throw Positioned($"duplicate key \"{key}\" on lines {firstLine} and {line}", keyStart);
            }

            SkipTrivia();
            if (_pos >= _s.Length || _s[_pos] != ':')
            {
                throw Error(_pos);
            }

            _pos++;
            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error(_pos);
            }

            var value = ParseValue(depth, out var valueSyntax);
            obj.Set(key, value);
            var member = node is null ? null : new SyntaxMember(key, keyStart, valueSyntax!);
            node?.Members.Add(member!);
            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error(_pos);
            }

            c = _s[_pos];
            if (c == ',')
            {
                member?.Comma = _pos;
                _pos++;
                continue;
            }

            if (c != '}')
            {
                throw Error(_pos);
            }

            break;
        }

        _pos++;
        node?.End = _pos;
        syntax = node;
        return obj;
    }

    private Json5Array ParseArray(int depth, out SyntaxNode? syntax)
    {
        EnterContainer(depth);
        var node = _buildSyntax ? new SyntaxNode(Json5ValueKind.Array, _pos) : null;
        var items = new List<Json5Value>();
        _pos++;
        for (;;)
        {
            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error(_pos);
            }

            if (_s[_pos] == ']')
            {
                break;
            }

            var itemStart = _pos;
            items.Add(ParseValue(depth, out var itemSyntax));
            var member = node is null ? null : new SyntaxMember(null, itemStart, itemSyntax!);
            node?.Members.Add(member!);
            SkipTrivia();
            if (_pos >= _s.Length)
            {
                throw Error(_pos);
            }

            var c = _s[_pos];
            if (c == ',')
            {
                member?.Comma = _pos;
                _pos++;
                continue;
            }

            if (c != ']')
            {
                throw Error(_pos);
            }

            break;
        }

        _pos++;
        node?.End = _pos;
        syntax = node;
        return new Json5Array(items);
    }

    private void EnterContainer(int depth)
    {
        // The depth limit is the real bound; the stack probe only guards callers that run on unusually small stacks.
        if (depth > _maxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Positioned($"nesting depth exceeds the maximum of {_maxDepth}", _pos);
        }
    }

    private void Literal(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            var at = _pos + i;
            if (at >= _s.Length || _s[at] != word[i])
            {
                throw Error(at);
            }
        }

        _pos += word.Length;
    }

    private Json5Number ParseNumber()
    {
        var s = _s;
        double sign = 1;
        var c = s[_pos];
        if (c is '+' or '-')
        {
            sign = c == '-' ? -1 : 1;
            _pos++;
            if (_pos >= s.Length)
            {
                throw Error(_pos);
            }

            c = s[_pos];
        }

        if (c == 'I')
        {
            Literal("Infinity");
            return new Json5Number(sign * double.PositiveInfinity, false);
        }

        if (c == 'N')
        {
            Literal("NaN");
            return new Json5Number(double.NaN, false);
        }

        var start = _pos;
        if (c == '0' && _pos + 1 < s.Length && (s[_pos + 1] | 0x20) == 'x')
        {
            _pos += 2;
            var digits = _pos;
            while (_pos < s.Length && char.IsAsciiHexDigit(s[_pos]))
            {
                _pos++;
            }

            if (_pos == digits)
            {
                throw Error(_pos);
            }

            return new Json5Number(sign * ParseHex(s[digits.._pos]), true);
        }

        var isInteger = true;
        if (c == '.')
        {
            _pos++;
            if (_pos >= s.Length || !char.IsAsciiDigit(s[_pos]))
            {
                throw Error(_pos);
            }

            SkipDigits();
            isInteger = false;
        }
        else if (char.IsAsciiDigit(c))
        {
            // A leading zero ends the integer part: "01" is the number 0 followed by an invalid '1'.
            if (c == '0')
            {
                _pos++;
            }
            else
            {
                SkipDigits();
            }

            if (_pos < s.Length && s[_pos] == '.')
            {
                _pos++;
                SkipDigits();
                isInteger = false;
            }
        }
        else
        {
            throw Error(_pos);
        }

        if (_pos < s.Length && (s[_pos] | 0x20) == 'e')
        {
            isInteger = false;
            _pos++;
            if (_pos < s.Length && s[_pos] is '+' or '-')
            {
                _pos++;
            }

            if (_pos >= s.Length || !char.IsAsciiDigit(s[_pos]))
            {
                throw Error(_pos);
            }

            SkipDigits();
        }

        var text = s[start.._pos];
        double magnitude;
        if (isInteger && text.Length <= 15)
        {
            // Fast path: up to 15 digits is exact in a long and in a double.
            long n = 0;
            foreach (var d in text)
            {
                n = (n * 10) + (d - '0');
            }

            magnitude = n;
        }
        else
        {
            // .NET parsing is correctly rounded and yields Infinity on overflow, as JavaScript's Number() does.
            magnitude = double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        }

        return new Json5Number(sign * magnitude, isInteger);
    }

    private void SkipDigits()
    {
        while (_pos < _s.Length && char.IsAsciiDigit(_s[_pos]))
        {
            _pos++;
        }
    }

    /// <summary>Hex digits to the nearest double (ties to even), for any number of digits.</summary>
    private static double ParseHex(ReadOnlySpan<char> digits)
    {
        while (digits.Length > 1 && digits[0] == '0')
        {
            digits = digits[1..];
        }

        if (digits.Length <= 16)
        {
            var small = ulong.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            if (small < (1UL << 53))
            {
                return small;
            }
        }

        // Keep the leading 64 bits, remember whether anything non-zero was dropped, then round to 53 bits by hand:
        // this avoids relying on the rounding of integer-to-double conversions.
        var top = ulong.Parse(digits[..Math.Min(16, digits.Length)], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var exponent = 4 * Math.Max(0, digits.Length - 16);
        var sticky = digits.Length > 16 && digits[16..].ContainsAnyExcept('0');
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount(top);
        var shift = bits - 53;
        if (shift > 0)
        {
            var dropped = top & ((1UL << shift) - 1);
            var half = 1UL << (shift - 1);
            top >>= shift;
            exponent += shift;
            if (dropped > half || (dropped == half && (sticky || (top & 1) == 1)))
            {
                top++;
            }
        }

        return Math.ScaleB(top, exponent);
    }

    private string ParseString()
    {
        var s = _s;
        var quote = s[_pos];
        _pos++;
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        var run = s[_pos..].IndexOfAny(stops);
        if (run >= 0 && s[_pos + run] == quote)
        {
            // Fast path: no escapes, one allocation for the result.
            string simple = new(s.Slice(_pos, run));
            _pos += run + 1;
            return simple;
        }

        var sb = _builder ??= new StringBuilder();
        sb.Clear();
        for (;;)
        {
            run = s[_pos..].IndexOfAny(stops);
            if (run < 0)
            {
                throw Error(s.Length);
            }

            sb.Append(s.Slice(_pos, run));
            _pos += run;
            var c = s[_pos];
            if (c == quote)
            {
                _pos++;
                return sb.ToString();
            }

            if (c != '\\')
            {
                throw Error(_pos);
            }

            _pos++;
            ParseEscape(sb);
        }
    }

    private void ParseEscape(StringBuilder sb)
    {
        var s = _s;
        if (_pos >= s.Length)
        {
            throw Error(_pos);
        }

        var c = s[_pos];
        _pos++;
        switch (c)
        {
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case 'v': sb.Append('\v'); break;
            case '0':
                if (_pos < s.Length && char.IsAsciiDigit(s[_pos]))
                {
                    throw Error(_pos);
                }

                sb.Append('\0');
                break;
            case 'x':
                sb.Append((char)HexDigits(2));
                break;
            case 'u':
                sb.Append((char)HexDigits(4));
                break;
            case '\n' or '\u2028' or '\u2029':
                break;
            case '\r':
                if (_pos < s.Length && s[_pos] == '\n')
                {
                    _pos++;
                }

                break;
            case >= '1' and <= '9':
                throw Error(_pos - 1);
            default:
                // Any other character escapes itself (a surrogate pair is copied one half at a time).
                sb.Append(c);
                break;
        }
    }

    private int HexDigits(int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            if (_pos >= _s.Length || !char.IsAsciiHexDigit(_s[_pos]))
            {
                throw Error(_pos);
            }

            value = (value << 4) | HexValue(_s[_pos]);
            _pos++;
        }

        return value;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private string ParseIdentifier()
    {
        var s = _s;
        var start = _pos;

        // Fast path: plain ASCII identifiers need no builder.
        if (s[_pos] < 0x80 && Json5Identifier.IsStart(s[_pos]))
        {
            _pos++;
            while (_pos < s.Length && s[_pos] < 0x80 && Json5Identifier.IsContinue(s[_pos]))
            {
                _pos++;
            }

            if (_pos >= s.Length || (s[_pos] < 0x80 && s[_pos] != '\\'))
            {
                return new string(s[start.._pos]);
            }
        }

        var sb = _builder ??= new StringBuilder();
        sb.Clear();
        sb.Append(s[start.._pos]);
        while (_pos < s.Length)
        {
            var first = _pos == start;
            if (s[_pos] == '\\')
            {
                var escape = _pos;
                _pos++;
                if (_pos >= s.Length || s[_pos] != 'u')
                {
                    throw Error(_pos);
                }

                _pos++;
                var cp = HexDigits(4);
                if (first ? !Json5Identifier.IsStart(cp) : !Json5Identifier.IsContinue(cp))
                {
                    throw Positioned("invalid identifier character", escape);
                }

                sb.Append((char)cp);
                continue;
            }

            if (Rune.DecodeFromUtf16(s[_pos..], out Rune rune, out var used) != OperationStatus.Done
                || (first ? !Json5Identifier.IsStart(rune.Value) : !Json5Identifier.IsContinue(rune.Value)))
            {
                if (first)
                {
                    throw Error(_pos);
                }

                break;
            }

            sb.Append(s.Slice(_pos, used));
            _pos += used;
        }

        return sb.ToString();
    }

    /// <summary>"invalid character 'c'" (or "invalid end of input") at <paramref name="offset"/>, as json5 words it.</summary>
    private readonly Json5Exception Error(int offset)
    {
        if (offset >= _s.Length)
        {
            return Positioned("invalid end of input", _s.Length);
        }

        var length = char.IsHighSurrogate(_s[offset]) && offset + 1 < _s.Length && char.IsLowSurrogate(_s[offset + 1]) ? 2 : 1;
        return Positioned($"invalid character '{FormatChar(_s.Slice(offset, length))}'", offset, length);
    }

    /// <summary>
    /// An error positioned like json5: lines end at LF only and columns count UTF-16 units. json5 moves past the
    /// offending character before reporting, so an astral character is reported at its second unit and a line feed
    /// as column 0 of the next line; the same numbers are reported here so both agree exactly.
    /// </summary>
    private readonly Json5Exception Positioned(string reason, int offset, int length = 1)
    {
        var before = _s[..offset];
        var line = before.Count('\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return offset < _s.Length && _s[offset] == '\n' && length == 1 && reason.StartsWith("invalid character", StringComparison.Ordinal)
            ? new Json5Exception(reason, line + 1, 0, offset)
            : new Json5Exception(reason, line, offset - lineStart + length, offset);
    }

    private static string FormatChar(ReadOnlySpan<char> c)
    {
        if (c.Length == 1)
        {
            switch (c[0])
            {
                case '\'': return "\\'";
                case '"': return "\\\"";
                case '\\': return "\\\\";
                case '\b': return "\\b";
                case '\f': return "\\f";
                case '\n': return "\\n";
                case '\r': return "\\r";
                case '\t': return "\\t";
                case '\v': return "\\v";
                case '\0': return "\\0";
                case '\u2028': return "\\u2028";
                case '\u2029': return "\\u2029";
                case < ' ': return "\\x" + ((int)c[0]).ToString("x2", CultureInfo.InvariantCulture);
            }
        }

        return new string(c);
    }
}
