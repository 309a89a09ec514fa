using System.Text;
using System.Text.RegularExpressions;

namespace NixClaw.Runtime.Workspaces;

/// <summary>
/// Fills <c>{{name}}</c> placeholders in one pass. Values are inserted verbatim and never scanned again, so a value
/// that itself contains <c>{{...}}</c> cannot inject another placeholder. <c>{{{{</c> writes a literal <c>{{</c>;
/// a <c>{{</c> that does not start a well-formed placeholder is copied as it is; an unknown name is an error.
/// </summary>
internal static partial class TemplateRenderer
{
    /// <summary>Renders <paramref name="text"/>; <paramref name="source"/> names the file in errors.</summary>
    public static string Render(string text, IReadOnlyDictionary<string, string> values, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(values);
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            output.Append(text, i, open - i);
            if (string.CompareOrdinal(text, open, "{{{{", 0, 4) == 0)
            {
                output.Append("{{");
                i = open + 4;
                continue;
            }

            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var inner = close < 0 ? null : text[(open + 2)..close].Trim();
            if (inner is null || !NamePattern().IsMatch(inner))
            {
                output.Append("{{");
                i = open + 2;
                continue;
            }

            if (!values.TryGetValue(inner, out var value))
            {
                var line = 1 + text.AsSpan(0, open).Count('\n');
                throw new TemplateException(
                    $"{source}:{line}: unknown placeholder '{{{{{inner}}}}}'; known: {string.Join(", ", values.Keys.Order(StringComparer.Ordinal))} (write '{{{{{{{{' for a literal '{{{{').");
            }

            output.Append(value);
            i = close + 2;
        }

        return output.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex NamePattern();
}
