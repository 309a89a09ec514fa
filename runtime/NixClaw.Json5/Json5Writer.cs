using System.Globalization;
using System.Numerics;
using System.Text;

namespace NixClaw.Json5;

/// <summary>
/// Writes deterministic JSON5: 2-space indent, one member per line, no trailing commas, unquoted keys when they are
/// identifiers, double-quoted strings. Reading the output gives back an equal value (NaN, ±Infinity, -0, every
/// control character, U+2028/U+2029 and lone surrogates included).
/// </summary>
public static class Json5Writer
{
    /// <summary>Writes <paramref name="value"/> as indented JSON5.</summary>
    public static string Write(Json5Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder();
        WriteValue(sb, value, "", "  ", "\n", compact: false);
        return sb.ToString();
    }

    /// <summary>Writes <paramref name="value"/> on one line: <c>{ a: 1, b: [1, 2] }</c>.</summary>
    public static string WriteCompact(Json5Value value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder();
        WriteValue(sb, value, "", "", "", compact: true);
        return sb.ToString();
    }

    /// <summary>Writes a value whose first line is already indented by <paramref name="indent"/>.</summary>
    internal static void WriteValue(StringBuilder sb, Json5Value value, string indent, string unit, string newline, bool compact)
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
                sb.Append(FormatNumber(n));
                break;
            case Json5String s:
                WriteString(sb, s.Value);
                break;
            case Json5Array a:
                if (a.Count == 0)
                {
                    sb.Append("[]");
                    break;
                }

                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ",");
                    if (compact)
                    {
                        sb.Append(i == 0 ? "" : " ");
                    }
                    else
                    {
                        sb.Append(newline).Append(indent).Append(unit);
                    }

                    WriteValue(sb, a[i], indent + unit, unit, newline, compact);
                }

                if (!compact)
                {
                    sb.Append(newline).Append(indent);
                }

                sb.Append(']');
                break;
            case Json5Object o:
                if (o.Count == 0)
                {
                    sb.Append("{}");
                    break;
                }

                sb.Append('{');
                for (var i = 0; i < o.Count; i++)
                {
                    sb.Append(i == 0 ? "" : ",");
                    if (compact)
                    {
                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(newline).Append(indent).Append(unit);
                    }

                    WriteKey(sb, o.GetMember(i).Key);
                    sb.Append(": ");
                    WriteValue(sb, o.GetMember(i).Value, indent + unit, unit, newline, compact);
                }

                sb.Append(compact ? " " : newline + indent);
                sb.Append('}');
                break;
            default:
                throw new ArgumentException($"unknown value type {value.GetType()}", nameof(value));
        }
    }

    /// <summary>A key as written: bare when it is an ECMAScript IdentifierName, else a double-quoted string.</summary>
    internal static void WriteKey(StringBuilder sb, string key)
    {
        if (Json5Identifier.IsIdentifierName(key))
        {
            sb.Append(key);
        }
        else
        {
            WriteString(sb, key);
        }
    }

    /// <summary>The number's JSON5 text: integers as exact digits, others as the shortest round-trip form.</summary>
    public static string FormatNumber(Json5Number number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var v = number.Value;
        if (double.IsNaN(v))
        {
            return "NaN";
        }

        if (double.IsInfinity(v))
        {
            return v > 0 ? "Infinity" : "-Infinity";
        }

        if (number.IsInteger)
        {
            if (v == 0)
            {
                return double.IsNegative(v) ? "-0" : "0";
            }

            // Exact digits: a double integer is exactly some BigInteger, and reading it back rounds to the same double.
            return number.TryGetInt64(out var l)
                ? l.ToString(CultureInfo.InvariantCulture)
                : new BigInteger(v).ToString(CultureInfo.InvariantCulture);
        }

        var r = v.ToString("R", CultureInfo.InvariantCulture);

        // Keep floating numbers floating on re-read ("1" would come back as an integer).
        return r.AsSpan().ContainsAny('.', 'E') ? r : r + ".0";
    }

    /// <summary>A double-quoted string; escapes what JSON5 or ECMAScript would not read back verbatim.</summary>
    internal static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var runStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                < ' ' or '\u2028' or '\u2029' or '\u007F' => null,
                _ when char.IsSurrogate(c) && !IsPairedSurrogate(value, i) => null,
                _ => "",
            };
            if (escape is { Length: 0 })
            {
                continue;
            }

            sb.Append(value, runStart, i - runStart);
            if (escape is null)
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(escape);
            }

            runStart = i + 1;
        }

        sb.Append(value, runStart, value.Length - runStart);
        sb.Append('"');
    }

    private static bool IsPairedSurrogate(string s, int i) =>
        char.IsHighSurrogate(s[i])
            ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
            : i > 0 && char.IsHighSurrogate(s[i - 1]);
}
