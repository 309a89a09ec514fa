using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NixClaw.Runtime.Sops;

/// <summary>Writes <see cref="YamlNode"/> trees in the block style sops uses (four-space indentation).</summary>
public static partial class YamlWriter
{
    private const int Step = 4;

    /// <summary>The document text, ending with a newline.</summary>
    public static string Write(YamlMap root)
    {
        var builder = new StringBuilder();
        WriteMap(builder, root, 0);
        return builder.ToString();
    }

    private static void WriteMap(StringBuilder builder, YamlMap map, int indent)
    {
        foreach (var (key, value) in map.Entries)
        {
            builder.Append(' ', indent).Append(FormatKey(key)).Append(':');
            WriteValue(builder, value, indent);
        }
    }

    private static void WriteValue(StringBuilder builder, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlMap { Entries.Count: 0 }:
                builder.Append(" {}\n");
                break;
            case YamlMap child:
                builder.Append('\n');
                WriteMap(builder, child, indent + Step);
                break;
            case YamlSequence { Items.Count: 0 }:
                builder.Append(" []\n");
                break;
            case YamlSequence sequence:
                builder.Append('\n');
                WriteSequence(builder, sequence, indent + Step);
                break;
            case YamlScalar { Style: YamlScalarStyle.Literal } literal:
                WriteLiteral(builder, literal.Value, indent + 2);
                break;
            case YamlScalar scalar:
                builder.Append(scalar.Value.Length == 0 && scalar.Style == YamlScalarStyle.Plain ? "" : " " + FormatScalar(scalar)).Append('\n');
                break;
        }
    }

    private static void WriteSequence(StringBuilder builder, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            if (item is YamlMap { Entries.Count: > 0 } map)
            {
                // The first entry shares the dash's line; the others line up under it.
                var nested = new StringBuilder();
                WriteMap(nested, map, indent + 2);
                builder.Append(' ', indent).Append("- ").Append(nested.ToString(indent + 2, nested.Length - indent - 2));
            }
            else if (item is YamlScalar { Style: not YamlScalarStyle.Literal } scalar)
            {
                builder.Append(' ', indent).Append("- ").Append(FormatScalar(scalar)).Append('\n');
            }
            else
            {
                builder.Append(' ', indent).Append('-');
                WriteValue(builder, item, indent);
            }
        }
    }

    private static void WriteLiteral(StringBuilder builder, string text, int contentIndent)
    {
        var body = text.TrimEnd('\n');
        var newlines = text.Length - body.Length;
        builder.Append(" |").Append(newlines switch { 0 => "-", 1 => "", _ => "+" }).Append('\n');
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                builder.Append(' ', contentIndent).Append(line);
            }

            builder.Append('\n');
        }

        for (var i = 1; i < newlines; i++)
        {
            builder.Append('\n');
        }
    }

    private static string FormatKey(string key) => SafeKey().IsMatch(key) ? key : DoubleQuote(key);

    private static string FormatScalar(YamlScalar scalar) => scalar.Style switch
    {
        YamlScalarStyle.Plain when IsSafePlain(scalar.Value) => scalar.Value,
        YamlScalarStyle.SingleQuoted when !scalar.Value.Contains('\n', StringComparison.Ordinal) =>
            "'" + scalar.Value.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => DoubleQuote(scalar.Value),
    };

    private static bool IsSafePlain(string value) =>
        value.Length > 0
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':') && value.All(c => !char.IsControl(c));

    private static string DoubleQuote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_./-]*$")]
    private static partial Regex SafeKey();
}
