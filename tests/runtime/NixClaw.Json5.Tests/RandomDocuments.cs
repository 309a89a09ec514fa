using System.Globalization;
using System.Text;

namespace NixClaw.Json5.Tests;

/// <summary>
/// Seeded generator of JSON5 values, of texts that spell them in varied styles (every token form the grammar has),
/// and of mutations of those texts. Only characters whose identifier class is the same in every Unicode version
/// since 10.0 are used, so disagreements with the reference are real.
/// </summary>
internal sealed class RandomDocuments(int seed)
{
    private static readonly string[] Keys =
    [
        "a", "b", "name", "ownership", "$", "_", "$ref", "_x9", "null", "true", "if", "class", "é", "straße", "π", "Жук",
        "中文", "ǅx", "ʰ", "ⅷ", "℘", "℮x", "a\u0301", "x\u0966", "a\u203Fb", "a\u00B7", "ゝ", "x\u0903", "x\u200Cy", "a-b", "", " ", "1a",
        "with space", "quote\"s", "it's", "back\\slash", "nl\nx", "tab\t", "\u2028", "😀", "a😀", "__proto__", "0", "12",
    ];

    private static readonly string[] StringPieces =
    [
        "a", "Z", "0", "7", " ", "'", "\"", "\\", "/", "*", "/*", "//", "\b", "\f", "\n", "\r", "\t", "\v", "\0", "\u0001",
        "\u001F", "\u007F", "\u00A0", "é", "\u2028", "\u2029", "\uFEFF", "😀", "\uD800", "\uDFFF", "中", "x", "{", "}", "[",
        "]", ":", ",", "u", "x4", "e",
    ];

    private static readonly string[] Spaces = [" ", "  ", "\t", "\n", "\r\n", "\r", "\v", "\f", "\u00A0", "\uFEFF", "\u2028", "\u2029", "\u3000", "\u1680", "\u2003", "\u202F"];
    private static readonly string[] LineEnds = ["\n", "\r\n", "\r", "\u2028", "\u2029"];

    private readonly Random _r = new(seed);
    private int _comment;

    /// <summary>How much trivia (whitespace and comments) to sprinkle, 0 to 1.</summary>
    public double TriviaRate { get; init; } = 0.3;

    /// <summary>Whether lone surrogates may appear in string values.</summary>
    public bool LoneSurrogates { get; init; } = true;

    public Random Random => _r;

    public Json5Value NextValue(int depth = 0, bool container = false)
    {
        var kind = container ? 4 + _r.Next(2) : _r.Next(depth >= 4 ? 4 : 7);
        switch (kind)
        {
            case 0:
                return Json5Null.Instance;
            case 1:
                return Json5Boolean.From(_r.Next(2) == 0);
            case 2:
                return NextNumber();
            case 3:
                return new Json5String(NextString());
            case 4:
            {
                var a = new Json5Array();
                var n = _r.Next(5);
                for (var i = 0; i < n; i++)
                {
                    a.Add(NextValue(depth + 1));
                }

                return a;
            }

            default:
            {
                var o = new Json5Object();
                var n = _r.Next(5);
                for (var i = 0; i < n; i++)
                {
                    o.Set(NextKey(), NextValue(depth + 1));
                }

                return o;
            }
        }
    }

    public string NextKey() => Keys[_r.Next(Keys.Length)];

    public Json5Number NextNumber()
    {
        switch (_r.Next(12))
        {
            case 0: return new Json5Number(_r.Next(-1000, 1000));
            case 1: return new Json5Number(_r.NextInt64(-(1L << 53), 1L << 53));
            case 2: return new Json5Number(double.NaN);
            case 3: return new Json5Number(_r.Next(2) == 0 ? double.PositiveInfinity : double.NegativeInfinity);
            case 4: return new Json5Number(_r.Next(2) == 0 ? -0.0 : 0.0, _r.Next(2) == 0);
            case 5: return new Json5Number(0xFFFFFFFFFFFF);
            case 6: return new Json5Number(new[] { double.MaxValue, double.Epsilon, 1e21, 1e-7, 0.1, 123.456, 5e-324, 9007199254740993.0, 1e300 }[_r.Next(9)], _r.Next(2) == 0);
            case 7: return new Json5Number(Math.Round(_r.NextDouble() * 1000, _r.Next(4)));
            default:
            {
                double d;
                do
                {
                    d = BitConverter.Int64BitsToDouble(_r.NextInt64(long.MinValue, long.MaxValue));
                }
                while (!double.IsFinite(d));

                return new Json5Number(d, _r.Next(2) == 0);
            }
        }
    }

    public string NextString()
    {
        var sb = new StringBuilder();
        var n = _r.Next(8);
        for (var i = 0; i < n; i++)
        {
            var piece = StringPieces[_r.Next(StringPieces.Length)];
            if (!LoneSurrogates && piece is "\uD800" or "\uDFFF")
            {
                continue;
            }

            sb.Append(piece);
        }

        return sb.ToString();
    }

    /// <summary>Spells <paramref name="value"/> as JSON5 with random styles, whitespace and comments.</summary>
    public string Styled(Json5Value value)
    {
        var sb = new StringBuilder();
        Trivia(sb);
        Write(sb, value);
        Trivia(sb);
        return sb.ToString();
    }

    /// <summary>1 to 3 random edits: character flips, deletions, insertions of grammar-significant text, truncation.</summary>
    public string Mutate(string text)
    {
        string[] inserts = [",", ":", "{", "}", "[", "]", "\"", "'", "\\", "/", "*", "\n", "\r", "0", "x", "e", ".", "+", "-", "a", "\u2028", "\uD800", "😀", "\\u", "\\x", "//", "/*", "*/", "Infinity", "NaN", "\u0301", "€", "0x", "\0", " "];
        var edits = 1 + _r.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : _r.Next(text.Length + 1);
            switch (_r.Next(5))
            {
                case 0 when text.Length > 0 && at < text.Length:
                    text = text.Remove(at, 1);
                    break;
                case 1 when at < text.Length:
                    text = text[..at] + (char)(text[at] ^ (1 << _r.Next(7))) + text[(at + 1)..];
                    break;
                case 2:
                    text = text[..at];
                    break;
                default:
                    text = text.Insert(at, inserts[_r.Next(inserts.Length)]);
                    break;
            }
        }

        return text;
    }

    private void Trivia(StringBuilder sb)
    {
        while (_r.NextDouble() < TriviaRate)
        {
            switch (_r.Next(4))
            {
                case 0:
                    sb.Append("/* ⟦c").Append(_comment++).Append("⟧ ").Append(_r.Next(3) == 0 ? "* / // é\n" : "").Append("*/");
                    break;
                case 1:
                    sb.Append("// ⟦c").Append(_comment++).Append("⟧ /* */").Append(LineEnds[_r.Next(LineEnds.Length)]);
                    break;
                default:
                    sb.Append(Spaces[_r.Next(Spaces.Length)]);
                    break;
            }
        }
    }

    private void Write(StringBuilder sb, Json5Value value)
    {
        switch (value)
        {
            case Json5Null:
                sb.Append("null");
                break;
            case Json5Boolean b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case Json5Number n:
                sb.Append(NumberText(n));
                break;
            case Json5String s:
                WriteString(sb, s.Value);
                break;
            case Json5Array a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    Trivia(sb);
                    Write(sb, a[i]);
                    Trivia(sb);
                    if (i < a.Count - 1 || _r.Next(3) == 0)
                    {
                        sb.Append(',');
                    }
                }

                Trivia(sb);
                sb.Append(']');
                break;
            case Json5Object o:
                sb.Append('{');
                var index = 0;
                foreach (var (key, v) in o)
                {
                    Trivia(sb);
                    WriteKey(sb, key);
                    Trivia(sb);
                    sb.Append(':');
                    Trivia(sb);
                    Write(sb, v);
                    Trivia(sb);
                    if (++index < o.Count || _r.Next(3) == 0)
                    {
                        sb.Append(',');
                    }
                }

                Trivia(sb);
                sb.Append('}');
                break;
        }
    }

    private void WriteKey(StringBuilder sb, string key)
    {
        if (!IsPlainIdentifier(key) || _r.Next(4) == 0)
        {
            WriteString(sb, key);
            return;
        }

        for (var i = 0; i < key.Length; i++)
        {
            // \u escapes are valid anywhere in an identifier (for BMP characters).
            if (!char.IsSurrogate(key[i]) && _r.Next(5) == 0)
            {
                sb.Append(_r.Next(2) == 0 ? "\\u" : "\\u").Append(((int)key[i]).ToString(_r.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(key[i]);
            }
        }
    }

    private static bool IsPlainIdentifier(string key) => key.Length > 0 && Json5Identifier.IsIdentifierName(key);

    private void WriteString(StringBuilder sb, string s)
    {
        var quote = _r.Next(2) == 0 ? '"' : '\'';
        sb.Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            if (_r.Next(8) == 0)
            {
                sb.Append('\\').Append(LineEnds[_r.Next(LineEnds.Length)]);
            }

            var c = s[i];
            var nextIsDigit = i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]);
            var mustEscape = c == quote || c is '\\' or '\n' or '\r';
            var style = mustEscape ? 1 + _r.Next(4) : _r.Next(6);
            switch (style)
            {
                case 0 or 5:
                    sb.Append(c);
                    break;
                case 1:
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case 2 when c <= 0xFF:
                    sb.Append("\\x").Append(((int)c).ToString(_r.Next(2) == 0 ? "x2" : "X2", CultureInfo.InvariantCulture));
                    break;
                default:
                    var single = c switch
                    {
                        '\b' => "\\b", '\f' => "\\f", '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '\v' => "\\v",
                        '\0' when !nextIsDigit => "\\0",
                        _ => null,
                    };
                    if (single is not null)
                    {
                        sb.Append(single);
                    }
                    else if (!char.IsAsciiDigit(c) && c is not ('b' or 'f' or 'n' or 'r' or 't' or 'v' or 'u' or 'x' or '\n' or '\r' or '\u2028' or '\u2029'))
                    {
                        // Any other character escapes itself.
                        sb.Append('\\').Append(c);
                    }
                    else
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        sb.Append(quote);
    }

    private string NumberText(Json5Number n)
    {
        var v = n.Value;
        var sign = double.IsNegative(v) ? "-" : _r.Next(4) == 0 ? "+" : "";
        var m = Math.Abs(v);
        if (double.IsNaN(v))
        {
            return new[] { "NaN", "+NaN", "-NaN" }[_r.Next(3)];
        }

        if (double.IsInfinity(m))
        {
            return sign + "Infinity";
        }

        if (m == Math.Floor(m) && m < 9007199254740992.0)
        {
            switch (_r.Next(5))
            {
                case 0: return sign + "0" + (_r.Next(2) == 0 ? "x" : "X") + ((long)m).ToString(_r.Next(2) == 0 ? "x" : "X", CultureInfo.InvariantCulture);
                case 1: return sign + ((long)m).ToString(CultureInfo.InvariantCulture) + ".";
                case 2: return sign + ((long)m).ToString(CultureInfo.InvariantCulture) + ".0e0";
                default: return sign + ((long)m).ToString(CultureInfo.InvariantCulture);
            }
        }

        var r = m.ToString("R", CultureInfo.InvariantCulture);
        if (_r.Next(2) == 0)
        {
            r = r.Replace('E', 'e');
        }

        if (r.StartsWith("0.", StringComparison.Ordinal) && _r.Next(2) == 0)
        {
            r = r[1..];
        }

        return sign + r;
    }
}
