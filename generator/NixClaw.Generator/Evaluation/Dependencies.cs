using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// What one Extract result depended on, recorded while evaluating: the syntax trees that declare every
/// source symbol the evaluator read (the host class's parts, referenced fields and properties, consts and
/// what their values fold from, record and enum types) and the simple names written in the evaluated code.
/// <see cref="ExtractCache"/> reuses the result while these trees are unchanged and no new declaration
/// could change what those names bind to.
/// </summary>
internal sealed class Dependencies
{
    private readonly HashSet<ISymbol> _symbols = new(SymbolEqualityComparer.Default);

    // Nodes whose names are recorded; kept only while evaluating (the cache entry keeps Trees and Names).
    private readonly List<SyntaxNode> _walked = new();

    public HashSet<SyntaxTree> Trees { get; } = new();

    public HashSet<string> Names { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Records the trees declaring <paramref name="symbol"/>; false when it was already recorded.</summary>
    public bool Add(ISymbol symbol)
    {
        if (!_symbols.Add(symbol))
        {
            return false;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            Trees.Add(reference.SyntaxTree);
        }

        return true;
    }

    /// <summary>Records everything <paramref name="other"/> recorded (a part read once and shared, see AgentTools.ShapeMemo).</summary>
    public void Merge(Dependencies other)
    {
        _symbols.UnionWith(other._symbols);
        _walked.AddRange(other._walked);
        Trees.UnionWith(other.Trees);
        Names.UnionWith(other.Names);
    }

    /// <summary>Records every identifier written in <paramref name="node"/> (type, member and namespace names).</summary>
    public void AddNames(SyntaxNode node)
    {
        foreach (var walked in _walked)
        {
            if (walked.SyntaxTree == node.SyntaxTree && walked.FullSpan.Contains(node.FullSpan))
            {
                return;
            }
        }

        _walked.Add(node);
        Trees.Add(node.SyntaxTree);
        foreach (var token in node.DescendantTokens())
        {
            if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken)
            {
                Names.Add(token.ValueText);
                if (IsAttributeName(token))
                {
                    // [AgentTool] binds to a type named AgentToolAttribute too.
                    Names.Add(token.ValueText + "Attribute");
                }
            }
        }
    }

    /// <summary>An identifier of an attribute's name (<c>NixClaw</c> or <c>AgentTool</c> in <c>[NixClaw.AgentTool]</c>; one suffixed name too many costs nothing).</summary>
    private static bool IsAttributeName(SyntaxToken token) =>
        token.Parent is SimpleNameSyntax { Parent: AttributeSyntax or QualifiedNameSyntax { Parent: AttributeSyntax } or AliasQualifiedNameSyntax { Parent: AttributeSyntax } };
}
