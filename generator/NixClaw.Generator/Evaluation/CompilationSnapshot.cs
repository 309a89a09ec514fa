using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// What every <see cref="ExtractCacheEntry"/> remembered from one compilation has in common: its options, metadata
/// references and syntax trees. One snapshot per compilation, shared by all entries stored or revalidated in it, so
/// comparing with the next compilation (references, added and removed trees) happens once per compilation instead of
/// once per host class and tool method. Holds trees (the compilation holds them anyway); references, options and the
/// compilation last compared with only weakly. Thread-safe.
/// </summary>
internal sealed class CompilationSnapshot
{
    private static readonly ConditionalWeakTable<Compilation, CompilationSnapshot> s_snapshots = new();

    private readonly WeakReference<MetadataReference>[] _references;
    private readonly WeakReference<CompilationOptions> _options;
    private readonly HashSet<SyntaxTree> _trees;
    private readonly object _gate = new();
    private WeakReference<Compilation>? _lastCompared;
    private TreeChanges? _lastChanges;

    private CompilationSnapshot(Compilation compilation)
    {
        _references = compilation.References.Select(r => new WeakReference<MetadataReference>(r)).ToArray();
        _options = new WeakReference<CompilationOptions>(compilation.Options);
        _trees = new HashSet<SyntaxTree>(compilation.SyntaxTrees);
    }

    public static CompilationSnapshot Of(Compilation compilation) => s_snapshots.GetValue(compilation, static c => new CompilationSnapshot(c));

    /// <summary>
    /// The trees added to or removed from this snapshot's compilation in <paramref name="compilation"/>, summarised; null
    /// when the options or metadata references differ (nothing evaluated in this snapshot may be reused).
    /// </summary>
    public TreeChanges? ChangesTo(Compilation compilation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lastCompared is not null && _lastCompared.TryGetTarget(out var last) && ReferenceEquals(last, compilation))
            {
                return _lastChanges;
            }
        }

        var changes = Compare(compilation, cancellationToken);
        lock (_gate)
        {
            _lastCompared = new WeakReference<Compilation>(compilation);
            _lastChanges = changes;
        }

        return changes;
    }

    private TreeChanges? Compare(Compilation compilation, CancellationToken cancellationToken)
    {
        if (!_options.TryGetTarget(out var options) || !(ReferenceEquals(options, compilation.Options) || options.Equals(compilation.Options)))
        {
            return null;
        }

        if (!SameReferences(compilation.References))
        {
            return null;
        }

        var known = 0;
        List<SyntaxTree>? changed = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (_trees.Contains(tree))
            {
                known++;
            }
            else
            {
                (changed ??= new List<SyntaxTree>()).Add(tree);
            }
        }

        if (known != _trees.Count)
        {
            (changed ??= new List<SyntaxTree>()).AddRange(_trees.Where(t => !compilation.ContainsSyntaxTree(t)));
        }

        return changed is null ? TreeChanges.None : TreeChanges.Of(changed, cancellationToken);
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
}
