using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace NixClaw.Generator.Emitting;

/// <summary>C# literal formatting for generated bindings.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value) => value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Strings(IEnumerable<string> values) => "new string[] { " + string.Join(", ", values.Select(String)) + " }";

    /// <summary>Text safe inside an XML doc comment.</summary>
    public static string Xml(string value)
    {
        // Doc comments are single lines: C# line terminators (including U+0085, U+2028, U+2029) would end the
        // comment, and XML 1.0 forbids control characters, so all of them become spaces.
        var text = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();
    }
}
