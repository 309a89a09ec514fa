using System.Text;

namespace NixClaw.Json5;

/// <summary>Reads JSON5 text (https://spec.json5.org) into <see cref="Json5Value"/>s.</summary>
public static class Json5Reader
{
    /// <summary>Parses a JSON5 document.</summary>
    /// <exception cref="Json5Exception">Invalid JSON5, too deep, or too long; carries line and column.</exception>
    public static Json5Value Parse(string text, Json5ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Json5Parser.Parse(text, options, false, out _);
    }

    /// <summary>Parses a JSON5 document from a span of UTF-16 text.</summary>
    /// <exception cref="Json5Exception">Invalid JSON5, too deep, or too long.</exception>
    public static Json5Value Parse(ReadOnlySpan<char> text, Json5ReaderOptions? options = null) =>
        Json5Parser.Parse(text, options, false, out _);

    /// <summary>Parses a UTF-8 JSON5 document (a leading BOM is whitespace in JSON5, so it is accepted).</summary>
    /// <exception cref="Json5Exception">Invalid UTF-8 (naming the byte offset), invalid JSON5, too deep, or too long.</exception>
    public static Json5Value Parse(ReadOnlySpan<byte> utf8, Json5ReaderOptions? options = null)
    {
        options ??= Json5ReaderOptions.Default;

        // A UTF-16 length never exceeds the UTF-8 length, so only input longer in bytes needs its characters counted;
        // oversized input is then rejected without being decoded into a string.
        if (utf8.Length > options.MaxDocumentLength && Encoding.UTF8.GetCharCount(utf8) > options.MaxDocumentLength)
        {
            throw new Json5Exception($"document length exceeds the maximum of {options.MaxDocumentLength} characters", 1, 1, 0);
        }

        return Json5Parser.Parse(Json5Utf8.Decode(utf8), options, false, out _);
    }
}
