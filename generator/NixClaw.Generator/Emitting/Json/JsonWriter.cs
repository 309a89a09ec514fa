using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NixClaw.Generator.Emitting.Json;

/// <summary>
/// Writes indented JSON (which is also valid JSON5) with two-space indentation and LF line endings.
/// The only place generated JSON is escaped: every string (names and values) goes through <see cref="Quote"/>.
/// Members are written in the order the emitter calls them, so output is deterministic.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _text = new();

    // One entry per open container: whether it has had a member yet, and whether it is an object.
    private readonly Stack<(bool HasItems, bool IsObject)> _open = new();
    private bool _afterName;

    public JsonWriter BeginObject() => Begin('{', isObject: true);

    public JsonWriter EndObject() => End('}', isObject: true);

    public JsonWriter BeginArray() => Begin('[', isObject: false);

    public JsonWriter EndArray() => End(']', isObject: false);

    /// <summary>The next member's name; the value follows with one of the value methods.</summary>
    public JsonWriter Name(string name)
    {
        if (_afterName || _open.Count == 0 || !_open.Peek().IsObject)
        {
            throw new InvalidOperationException("A member name is only valid directly inside an object");
        }

        NextItem();
        _text.Append(Quote(name)).Append(": ");
        _afterName = true;
        return this;
    }

    public JsonWriter String(string value) => Scalar(Quote(value));

    public JsonWriter Number(long value) => Scalar(value.ToString(CultureInfo.InvariantCulture));

    public JsonWriter Bool(bool value) => Scalar(value ? "true" : "false");

    /// <summary>Shorthand for a member with a string value.</summary>
    public JsonWriter Member(string name, string value) => Name(name).String(value);

    public JsonWriter Member(string name, long value) => Name(name).Number(value);

    public JsonWriter Member(string name, bool value) => Name(name).Bool(value);

    /// <summary>A member whose value is an array of strings.</summary>
    public JsonWriter Member(string name, IEnumerable<string> values)
    {
        Name(name).BeginArray();
        foreach (var value in values)
        {
            String(value);
        }

        return EndArray();
    }

    /// <summary>The document, ending with a newline. Throws if a container is still open.</summary>
    public override string ToString()
    {
        if (_open.Count != 0 || _afterName)
        {
            throw new InvalidOperationException("JSON document is not complete");
        }

        return _text.ToString() + "\n";
    }

    /// <summary>
    /// A JSON string literal. Escapes quote, backslash and every control character; also U+2028/U+2029
    /// (legal in JSON strings but line terminators in JSON5/ES5 readers) and lone surrogates (not
    /// representable in UTF-8), so any .NET string round-trips exactly.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '\u007f' || IsLoneSurrogate(value, i))
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

    private static bool IsLoneSurrogate(string value, int i)
    {
        var c = value[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    private JsonWriter Begin(char open, bool isObject)
    {
        ValuePosition();
        _text.Append(open);
        _open.Push((false, isObject));
        return this;
    }

    private JsonWriter End(char close, bool isObject)
    {
        if (_open.Count == 0 || _open.Peek().IsObject != isObject || _afterName)
        {
            throw new InvalidOperationException("Unbalanced JSON " + close);
        }

        var (hasItems, _) = _open.Pop();
        if (hasItems)
        {
            NewLine();
        }

        _text.Append(close);
        return this;
    }

    private JsonWriter Scalar(string literal)
    {
        ValuePosition();
        _text.Append(literal);
        return this;
    }

    /// <summary>Checks a value may go here: after a name, as an array item, or as the root.</summary>
    private void ValuePosition()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_open.Count == 0)
        {
            if (_text.Length > 0)
            {
                throw new InvalidOperationException("A JSON document has one root value");
            }

            return;
        }

        if (_open.Peek().IsObject)
        {
            throw new InvalidOperationException("An object member needs a name");
        }

        NextItem();
    }

    private void NextItem()
    {
        var (hasItems, isObject) = _open.Pop();
        if (hasItems)
        {
            _text.Append(',');
        }

        _open.Push((true, isObject));
        NewLine();
    }

    private void NewLine()
    {
        _text.Append('\n');
        _text.Append(' ', 2 * _open.Count);
    }
}
