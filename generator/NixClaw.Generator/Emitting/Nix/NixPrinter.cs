using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>
/// Lays out a <see cref="NixExpr"/> the way nixfmt (RFC 166) does, so generated files are a fixed point
/// of the formatter: 2-space indent; lists and sets with two or more entries expanded one per line,
/// a single simple entry inline; function formals inline up to two names; <c>let</c> always expanded;
/// a function that is a binding's value starts on its own indented line.
/// </summary>
internal static class NixPrinter
{
    private const string Indent = "  ";

    /// <summary>A whole file: the expression, a final newline, and an optional header comment.</summary>
    public static string File(NixExpr expression, string? header = null)
    {
        var builder = new StringBuilder();
        if (header is not null)
        {
            foreach (var line in header.Split('\n'))
            {
                builder.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
            }
        }

        foreach (var line in Lines(expression))
        {
            builder.Append(line.TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The expression's lines; the first continues whatever precedes it, the rest are relative to it.</summary>
    public static List<string> Lines(NixExpr expression) => expression switch
    {
        NixRaw raw => new List<string> { raw.Code },
        NixString s => new List<string> { NixLiteral.String(s.Value) },
        NixIndentedString s => IndentedString(s),
        NixList list => List(list),
        NixAttrs attrs => Attrs(attrs),
        NixApply apply => Prefix(apply.Function + " ", Lines(apply.Argument)),
        NixFunction function => Function(function),
        NixLet let => Let(let),
        NixLambda lambda => Prepend(lambda.Argument + ":", Lines(lambda.Body)),
        _ => throw new System.InvalidOperationException("Unknown Nix expression " + expression.GetType().Name),
    };

    private static bool IsSimple(NixExpr expression) =>
        expression is NixRaw or NixString || (expression is NixList { Items.Count: 0 }) || (expression is NixAttrs { Bindings.Count: 0 });

    private static List<string> List(NixList list)
    {
        if (list.Items.Count == 0)
        {
            return new List<string> { "[ ]" };
        }

        if (list.Items.Count == 1 && IsSimple(list.Items[0]))
        {
            return new List<string> { "[ " + Lines(list.Items[0])[0] + " ]" };
        }

        var lines = new List<string> { "[" };
        foreach (var item in list.Items)
        {
            var itemLines = Lines(item);

            // Applications are parenthesised inside lists: [ (f x) ].
            if (item is NixApply)
            {
                itemLines[0] = "(" + itemLines[0];
                itemLines[itemLines.Count - 1] += ")";
            }

            lines.AddRange(itemLines.Select(l => Indent + l));
        }

        lines.Add("]");
        return lines;
    }

    private static List<string> Attrs(NixAttrs attrs)
    {
        var bindings = attrs.Bindings;
        if (bindings.Count == 0)
        {
            return new List<string> { "{ }" };
        }

        if (bindings.Count == 1 && bindings[0] is NixInherit or NixAssign { Value: NixRaw or NixString })
        {
            var single = Binding(bindings[0]);
            if (single.Count == 1)
            {
                return new List<string> { "{ " + single[0] + " }" };
            }
        }

        var lines = new List<string> { "{" };
        lines.AddRange(Bindings(bindings).Select(l => l.Length == 0 ? l : Indent + l));
        lines.Add("}");
        return lines;
    }

    private static IEnumerable<string> Bindings(IReadOnlyList<NixBinding> bindings) => bindings.SelectMany(Binding);

    private static List<string> Binding(NixBinding binding)
    {
        switch (binding)
        {
            case NixBlankLine:
                return new List<string> { "" };
            case NixComment comment:
                return new List<string> { "# " + comment.Text };
            case NixInherit inherit when inherit.Names.Count < 4:
                return new List<string> { "inherit " + string.Join(" ", inherit.Names) + ";" };
            case NixInherit inherit:
                var inheritLines = new List<string> { "inherit" };
                inheritLines.AddRange(inherit.Names.Select(n => Indent + n));
                inheritLines.Add(Indent + ";");
                return inheritLines;
            case NixAssign assign:
                var key = string.Join(".", assign.Path.Select(NixLiteral.AttrName)) + " =";
                var value = Lines(assign.Value);
                if (assign.Value is NixFunction or NixLambda || (assign.Value is NixString && value[0].Length > 80))
                {
                    // nixfmt moves a lambda (and an over-long string) onto its own indented line.
                    var moved = new List<string> { key };
                    moved.AddRange(value.Select(l => l.Length == 0 ? l : Indent + l));
                    moved[moved.Count - 1] += ";";
                    return moved;
                }

                var lines = Prefix(key + " ", value);
                lines[lines.Count - 1] += ";";
                return lines;
            default:
                throw new System.InvalidOperationException("Unknown binding " + binding.GetType().Name);
        }
    }

    private static List<string> Function(NixFunction function)
    {
        var formals = function.Formals.ToList();
        if (function.Ellipsis)
        {
            formals.Add("...");
        }

        var at = function.At is null ? "" : "@" + function.At;
        var lines = new List<string>();
        if (function.Formals.Count <= 2)
        {
            lines.Add("{ " + string.Join(", ", formals) + " }" + at + ":");
        }
        else
        {
            lines.Add("{");
            lines.AddRange(formals.Select(f => Indent + f + (f == "..." ? "" : ",")));
            lines.Add("}" + at + ":");
        }

        // The body is not indented below the formals.
        lines.AddRange(Lines(function.Body));
        return lines;
    }

    private static List<string> Let(NixLet let)
    {
        var lines = new List<string> { "let" };
        lines.AddRange(Bindings(let.Bindings).Select(l => l.Length == 0 ? l : Indent + l));
        lines.Add("in");
        lines.AddRange(Lines(let.Body));
        return lines;
    }

    private static List<string> IndentedString(NixIndentedString s)
    {
        var lines = new List<string> { "''" };
        foreach (var line in s.Lines)
        {
            var text = new StringBuilder();
            foreach (var part in line)
            {
                if (part.Text is not null)
                {
                    text.Append(NixLiteral.IndentedText(part.Text));
                }
                else if (part.Interpolation is not null)
                {
                    text.Append("${").Append(string.Join(" ", Lines(part.Interpolation))).Append('}');
                }
            }

            lines.Add(text.Length == 0 ? "" : Indent + text);
        }

        lines.Add("''");
        return lines;
    }

    private static List<string> Prepend(string line, List<string> lines)
    {
        lines.Insert(0, line);
        return lines;
    }

    private static List<string> Prefix(string prefix, List<string> lines)
    {
        lines[0] = prefix + lines[0];
        return lines;
    }
}
