using System.Collections.Generic;
using Microsoft.CodeAnalysis;

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

    /// <summary>
    /// Records every identifier written in <paramref name="node"/> (type, member and namespace names). An attribute
    /// written <c>[AgentTool]</c> is recorded as <c>AgentTool</c>; <see cref="TreeChanges.DeclaresAny"/> matches a
    /// declared <c>AgentToolAttribute</c> against it.
    /// </summary>
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
        if (!AddWords(node.SyntaxTree.GetText().ToString(node.Span)))
        {
            foreach (var token in node.DescendantTokens())
            {
                if (token.RawKind == (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken)
                {
                    Names.Add(token.ValueText);
                }
            }
        }
    }

    /// <summary>
    /// Every identifier-like word of ASCII source text (keywords, comments and literals too: more names only means
    /// more caution), which is much cheaper than walking the syntax. False, recording nothing, for text where a word
    /// can differ from the identifier it spells: a Unicode escape (<c>\u0041gent</c> is <c>Agent</c>) or any
    /// non-ASCII character (formatting characters inside identifiers are ignored by C#).
    /// </summary>
    private bool AddWords(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007f' || c == '\\')
            {
                return false;
            }
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var isWordChar = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' or (>= '0' and <= '9');
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                if (!char.IsDigit(text[start]))
                {
                    Names.Add(text.Substring(start, i - start));
                }

                start = -1;
            }
        }

        return true;
    }
}
