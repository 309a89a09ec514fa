using System;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// The <c>&lt;summary&gt;</c> and <c>&lt;param&gt;</c> texts of a declaration's <c>///</c> comment, read from the syntax
/// trivia. Roslyn parses doc comments only when the project sets <c>GenerateDocumentationFile</c>
/// (<c>DocumentationMode.None</c> otherwise, where <c>GetDocumentationCommentXml</c> returns nothing and the comment is
/// plain trivia); reading the trivia gives the same descriptions in both modes, so a tool's descriptions never depend
/// on a build switch the user has to know about.
/// </summary>
internal sealed class DocComment
{
    private readonly XElement? _root;

    private DocComment(XElement? root) => _root = root;

    public static DocComment Of(SyntaxNode? declaration)
    {
        if (declaration is null)
        {
            return new DocComment(null);
        }

        var text = new StringBuilder();
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                foreach (var line in trivia.ToFullString().Split('\n'))
                {
                    var trimmed = line.Trim();
                    if (trimmed.StartsWith("///", StringComparison.Ordinal))
                    {
                        text.Append(trimmed.Substring(3)).Append('\n');
                    }
                }
            }
        }

        if (text.Length == 0)
        {
            return new DocComment(null);
        }

        try
        {
            return new DocComment(XElement.Parse("<doc>" + text + "</doc>", LoadOptions.None));
        }
        catch (System.Xml.XmlException)
        {
            return new DocComment(null);
        }
    }

    public string? Summary => Clean(_root?.Element("summary"));

    public string? Param(string name) => Clean(_root?.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == name));

    /// <summary>The element's text on one line: <c>&lt;see cref&gt;</c> as the name it points to, <c>&lt;paramref&gt;</c> as the parameter.</summary>
    private static string? Clean(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = new StringBuilder();
        Append(element, text);
        var words = text.ToString().Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(" ", words);
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" } see when !see.Nodes().Any():
                    var target = (string?)see.Attribute("cref") ?? (string?)see.Attribute("langword") ?? (string?)see.Attribute("href") ?? "";
                    text.Append(ShortName(target));
                    break;
                case XElement { Name.LocalName: "paramref" or "typeparamref" } reference:
                    text.Append((string?)reference.Attribute("name"));
                    break;
                case XElement child:
                    Append(child, text);
                    break;
            }
        }
    }

    private static string ShortName(string cref)
    {
        var colon = cref.IndexOf(':');
        var name = colon >= 0 && colon < 3 ? cref.Substring(colon + 1) : cref;
        var paren = name.IndexOf('(');
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        var dot = name.LastIndexOf('.');
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }
}
