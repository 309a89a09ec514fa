using System.Text;
using System.Text.RegularExpressions;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// The only place Nix text is escaped. Any string, however hostile (quotes, backslashes, <c>${</c>,
/// newlines, control characters, non-ASCII), becomes a Nix literal that evaluates to exactly that string.
/// </summary>
internal static class NixLiteral
{
    private static readonly Regex Identifier = new("^[A-Za-z_][A-Za-z0-9_'-]*$", RegexOptions.CultureInvariant);

    private static readonly string[] Keywords = { "if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or" };

    /// <summary>A double-quoted Nix string.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '$' when i + 1 < value.Length && value[i + 1] == '{':
                    // "${" would start an interpolation; "\$" is a literal dollar.
                    builder.Append("\\$");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>An attribute name: bare when it is an identifier and not a keyword, quoted otherwise.</summary>
    public static string AttrName(string name) =>
        Identifier.IsMatch(name) && System.Array.IndexOf(Keywords, name) < 0 ? name : String(name);

    /// <summary>Literal text inside an indented string: <c>''</c> and <c>${</c> escaped.</summary>
    public static string IndentedText(string text) => text.Replace("''", "'''").Replace("${", "''${");
}
