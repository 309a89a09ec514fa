using System.Globalization;
using System.Text;

namespace NixClaw.Runtime.Sops;

/// <summary>
/// Reads the block-style YAML subset sops writes and sops-nix reads: nested maps, sequences of maps,
/// plain, quoted and literal (<c>|</c>) scalars, comments. Anchors, tags, flow collections (other than
/// <c>{}</c>/<c>[]</c>) and folded scalars are refused with the line number rather than misread.
/// </summary>
public sealed class YamlReader
{
    private readonly string[] _lines;
    private readonly string _fileName;
    private int _index;

    private YamlReader(string text, string fileName)
    {
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        _fileName = fileName;
    }

    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> appears in error messages.</summary>
    /// <exception cref="SopsFormatException">Malformed or unsupported YAML.</exception>
    public static YamlNode Parse(string text, string fileName)
    {
        var reader = new YamlReader(text, fileName);
        reader.SkipBlank();
        if (reader.AtEnd)
        {
            return new YamlMap();
        }

        var indent = reader.Indent(reader._index);
        if (indent != 0)
        {
            throw reader.Error(reader._index, "the document must start in column 1");
        }

        var node = reader.ParseBlock(indent);
        reader.SkipBlank();
        if (!reader.AtEnd)
        {
            throw reader.Error(reader._index, "unexpected content (check the indentation)");
        }

        return node;
    }

    private bool AtEnd => _index >= _lines.Length;

    private SopsFormatException Error(int lineIndex, string message) =>
        new($"{_fileName}:{lineIndex + 1}: {message}");

    private int Indent(int lineIndex)
    {
        var line = _lines[lineIndex];
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i < line.Length && line[i] == '\t')
        {
            throw Error(lineIndex, "tabs are not allowed for indentation");
        }

        return i;
    }

    private string Content(int lineIndex) => _lines[lineIndex].Trim();

    private void SkipBlank()
    {
        while (!AtEnd)
        {
            var content = Content(_index);
            if (content.Length == 0 || content[0] == '#' || (content == "---" && Indent(_index) == 0))
            {
                _index++;
                continue;
            }

            break;
        }
    }

    private YamlNode ParseBlock(int indent) =>
        IsSequenceItem(Content(_index)) ? ParseSequence(indent) : ParseMap(indent);

    private static bool IsSequenceItem(string content) => content == "-" || content.StartsWith("- ", StringComparison.Ordinal);

    private YamlMap ParseMap(int indent)
    {
        var map = new YamlMap { Line = _index + 1 };
        while (true)
        {
            SkipBlank();
            if (AtEnd)
            {
                break;
            }

            var lineIndent = Indent(_index);
            var content = Content(_index);
            if (lineIndent < indent || (lineIndent == indent && IsSequenceItem(content)))
            {
                break;
            }

            if (lineIndent > indent)
            {
                throw Error(_index, "unexpected indentation");
            }

            var lineIndex = _index;
            var (key, rest) = SplitEntry(content, lineIndex);
            if (map.Get(key) is not null)
            {
                throw Error(lineIndex, $"duplicate key '{key}'");
            }

            _index++;
            var value = ParseValue(rest, indent, lineIndex);
            map.Entries.Add(new KeyValuePair<string, YamlNode>(key, value));
        }

        return map;
    }

    private YamlSequence ParseSequence(int indent)
    {
        var sequence = new YamlSequence { Line = _index + 1 };
        while (true)
        {
            SkipBlank();
            if (AtEnd || Indent(_index) != indent || !IsSequenceItem(Content(_index)))
            {
                if (!AtEnd && Indent(_index) > indent)
                {
                    throw Error(_index, "unexpected indentation");
                }

                break;
            }

            var lineIndex = _index;
            var afterDash = _lines[lineIndex][(indent + 1)..];
            var item = afterDash.TrimStart(' ');
            var offset = indent + 1 + (afterDash.Length - item.Length);
            if (item.Length == 0 || item[0] == '#')
            {
                _index++;
                sequence.Items.Add(ParseValue("", indent, lineIndex));
            }
            else if (LooksLikeEntry(item))
            {
                // "- key: value": the item is a map whose keys line up with "key"; re-read this line without the dash.
                _lines[lineIndex] = new string(' ', offset) + item;
                sequence.Items.Add(ParseMap(offset));
            }
            else
            {
                _index++;
                sequence.Items.Add(ParseValue(item, indent, lineIndex));
            }
        }

        return sequence;
    }

    private YamlNode ParseValue(string rest, int parentIndent, int lineIndex)
    {
        if (rest.Length == 0 || rest[0] == '#')
        {
            SkipBlank();
            if (!AtEnd)
            {
                var next = Indent(_index);
                if (next > parentIndent || (next == parentIndent && IsSequenceItem(Content(_index))))
                {
                    return ParseBlock(next);
                }
            }

            return new YamlScalar("") { Line = lineIndex + 1 };
        }

        return rest[0] switch
        {
            '|' => ParseLiteral(rest, parentIndent, lineIndex),
            '>' => throw Error(lineIndex, "folded scalars (>) are not supported; use | or a quoted string"),
            '&' or '*' or '!' => throw Error(lineIndex, "anchors, aliases and tags are not supported in a secrets file"),
            '{' when StripComment(rest) == "{}" => new YamlMap { Line = lineIndex + 1 },
            '[' when StripComment(rest) == "[]" => new YamlSequence { Line = lineIndex + 1 },
            '{' or '[' => throw Error(lineIndex, "flow collections are not supported; write one entry per line"),
            _ => ParseScalar(rest, lineIndex),
        };
    }

    private YamlScalar ParseLiteral(string header, int parentIndent, int lineIndex)
    {
        var indicator = StripComment(header);
        if (indicator is not ("|" or "|-" or "|+"))
        {
            throw Error(lineIndex, $"unsupported block scalar header '{indicator}'");
        }

        var lines = new List<string>();
        var blockIndent = -1;
        while (!AtEnd)
        {
            var line = _lines[_index];
            if (line.Trim().Length == 0)
            {
                lines.Add("");
                _index++;
                continue;
            }

            var indent = Indent(_index);
            if (blockIndent < 0)
            {
                if (indent <= parentIndent)
                {
                    break;
                }

                blockIndent = indent;
            }

            if (indent < blockIndent)
            {
                break;
            }

            lines.Add(line[blockIndent..]);
            _index++;
        }

        // Trailing blank lines belong to the chomping rule, not the content.
        var trailing = 0;
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
            trailing++;
        }

        var text = string.Join('\n', lines);
        if (lines.Count > 0)
        {
            text += indicator switch
            {
                "|" => "\n",
                "|+" => new string('\n', trailing + 1),
                _ => "",
            };
        }

        return new YamlScalar(text, YamlScalarStyle.Literal) { Line = lineIndex + 1 };
    }

    private YamlScalar ParseScalar(string text, int lineIndex)
    {
        if (text[0] == '"' || text[0] == '\'')
        {
            var (value, end) = ReadQuoted(text, lineIndex);
            var after = text[end..].Trim();
            if (after.Length > 0 && after[0] != '#')
            {
                throw Error(lineIndex, "unexpected text after a quoted string");
            }

            return new YamlScalar(value, text[0] == '"' ? YamlScalarStyle.DoubleQuoted : YamlScalarStyle.SingleQuoted) { Line = lineIndex + 1 };
        }

        return new YamlScalar(StripComment(text)) { Line = lineIndex + 1 };
    }

    private (string Key, string Value) SplitEntry(string content, int lineIndex)
    {
        if (content[0] == '"' || content[0] == '\'')
        {
            var (key, end) = ReadQuoted(content, lineIndex);
            var after = content[end..].TrimStart();
            if (after.Length == 0 || after[0] != ':')
            {
                throw Error(lineIndex, "expected ':' after a quoted key");
            }

            return (key, after[1..].Trim());
        }

        var colon = content.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0 && content.EndsWith(':'))
        {
            colon = content.Length - 1;
        }

        if (colon <= 0)
        {
            // The line is not echoed: in a secrets file it could be a value.
            throw Error(lineIndex, "expected 'key: value'");
        }

        return (content[..colon].TrimEnd(), content[(colon + 1)..].Trim());
    }

    private static bool LooksLikeEntry(string item)
    {
        if (item[0] == '"' || item[0] == '\'')
        {
            var close = item.IndexOf(item[0], 1);
            return close > 0 && item[(close + 1)..].TrimStart().StartsWith(':');
        }

        return item.Contains(": ", StringComparison.Ordinal) || (item.EndsWith(':') && !item.Contains(' ', StringComparison.Ordinal));
    }

    private (string Value, int End) ReadQuoted(string text, int lineIndex)
    {
        var quote = text[0];
        var builder = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\'' && c == '\'')
            {
                if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    builder.Append('\'');
                    i++;
                    continue;
                }

                return (builder.ToString(), i + 1);
            }

            if (quote == '"' && c == '"')
            {
                return (builder.ToString(), i + 1);
            }

            if (quote == '"' && c == '\\' && i + 1 < text.Length)
            {
                i++;
                switch (text[i])
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case 'r': builder.Append('\r'); break;
                    case '0': builder.Append('\0'); break;
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case ' ': builder.Append(' '); break;
                    case 'x' when i + 2 < text.Length:
                        builder.Append((char)int.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 2;
                        break;
                    case 'u' when i + 4 < text.Length:
                        builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    default: throw Error(lineIndex, $"unsupported escape '\\{text[i]}'");
                }

                continue;
            }

            builder.Append(c);
        }

        throw Error(lineIndex, "unterminated quoted string (multi-line quoted strings are not supported)");
    }

    private static string StripComment(string text)
    {
        var hash = text.IndexOf(" #", StringComparison.Ordinal);
        return (hash >= 0 ? text[..hash] : text).Trim();
    }
}
