using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// One remembered Extract result and what it depended on. Holds syntax trees (which the compilation holds
/// anyway) but no symbols, semantic models or compilations; references and options only weakly.
/// Not thread-safe: <see cref="ExtractCache"/> locks around it.
/// </summary>
internal sealed class ExtractCacheEntry
{
    private readonly SyntaxTree[] _dependencyTrees;
    private readonly HashSet<string> _names;
    private readonly WeakReference<MetadataReference>[] _references;
    private readonly WeakReference<CompilationOptions> _options;

    // The trees of the last compilation this entry was valid for; only additions and removals relative to it are inspected.
    private HashSet<SyntaxTree> _knownTrees;

    public ExtractCacheEntry(int position, object result, Dependencies dependencies, Compilation compilation)
    {
        Position = position;
        Result = result;
        _dependencyTrees = dependencies.Trees.ToArray();
        _names = dependencies.Names;
        _references = compilation.References.Select(r => new WeakReference<MetadataReference>(r)).ToArray();
        _options = new WeakReference<CompilationOptions>(compilation.Options);
        _knownTrees = new HashSet<SyntaxTree>(compilation.SyntaxTrees);
    }

    /// <summary>Start of the host class declaration in its tree (a tree may declare several host classes).</summary>
    public int Position { get; }

    /// <summary>The remembered result: a <see cref="HostClass"/>, or a tool's extraction (AgentTools.ToolExtractCache).</summary>
    public object Result { get; }

    /// <summary>
    /// Whether <see cref="Result"/> is what evaluating again in <paramref name="compilation"/> would give: same
    /// options and metadata references, every dependency tree still present (same object, so same text), and
    /// no added or removed tree that declares a type or namespace with a name the evaluated code uses, or a
    /// global using or extern alias (either could change what a name binds to).
    /// </summary>
    public bool IsValidFor(Compilation compilation, CancellationToken cancellationToken)
    {
        if (!_options.TryGetTarget(out var options) || !(ReferenceEquals(options, compilation.Options) || options.Equals(compilation.Options)))
        {
            return false;
        }

        if (!SameReferences(compilation.References))
        {
            return false;
        }

        foreach (var tree in _dependencyTrees)
        {
            if (!compilation.ContainsSyntaxTree(tree))
            {
                return false;
            }
        }

        var trees = compilation.SyntaxTrees;
        var known = 0;
        List<SyntaxTree>? changed = null;
        foreach (var tree in trees)
        {
            if (_knownTrees.Contains(tree))
            {
                known++;
            }
            else
            {
                (changed ??= new List<SyntaxTree>()).Add(tree);
            }
        }

        if (changed is null && known == _knownTrees.Count)
        {
            return true;
        }

        if (known != _knownTrees.Count)
        {
            (changed ??= new List<SyntaxTree>()).AddRange(_knownTrees.Where(t => !compilation.ContainsSyntaxTree(t)));
        }

        foreach (var tree in changed!)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (MayChangeBinding(tree, cancellationToken))
            {
                return false;
            }
        }

        _knownTrees = new HashSet<SyntaxTree>(trees);
        return true;
    }

    private bool SameReferences(IEnumerable<MetadataReference> references)
    {
        var i = 0;
        foreach (var reference in references)
        {
            if (i >= _references.Length || !_references[i].TryGetTarget(out var known) || !ReferenceEquals(known, reference))
            {
                return false;
            }

            i++;
        }

        return i == _references.Length;
    }

    private bool MayChangeBinding(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax root)
        {
            return true;
        }

        return root.Externs.Count > 0
            || root.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            || DeclaresUsedName(root.Members);
    }

    private bool DeclaresUsedName(SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    if (NameParts(ns.Name).Any(_names.Contains) || ns.Externs.Count > 0 || DeclaresUsedName(ns.Members))
                    {
                        return true;
                    }

                    break;
                case BaseTypeDeclarationSyntax type:
                    if (_names.Contains(type.Identifier.ValueText) || (type is TypeDeclarationSyntax withMembers && DeclaresUsedName(withMembers.Members)))
                    {
                        return true;
                    }

                    break;
                case DelegateDeclarationSyntax callback when _names.Contains(callback.Identifier.ValueText):
                    return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> NameParts(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => NameParts(qualified.Left).Concat(NameParts(qualified.Right)),
        SimpleNameSyntax simple => new[] { simple.Identifier.ValueText },
        AliasQualifiedNameSyntax alias => new[] { alias.Name.Identifier.ValueText },
        _ => Array.Empty<string>(),
    };
}
