using System.Linq;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// One remembered Extract result and what it depended on. Holds syntax trees (which the compilation holds
/// anyway) but no symbols, semantic models or compilations; what the compilation was like lives in a
/// <see cref="CompilationSnapshot"/> shared with the other entries of that compilation.
/// Not thread-safe: <see cref="DeclarationCache{T}"/> locks around it.
/// </summary>
internal sealed class ExtractCacheEntry
{
    private readonly SyntaxTree[] _dependencyTrees;
    private readonly HashSet<string> _names;

    // The last compilation this entry was valid for; only changes relative to it are inspected.
    private CompilationSnapshot _snapshot;

    public ExtractCacheEntry(object? result, Dependencies dependencies, Compilation compilation)
    {
        Result = result;
        _dependencyTrees = dependencies.Trees.ToArray();
        _names = dependencies.Names;
        _snapshot = CompilationSnapshot.Of(compilation);
    }

    /// <summary>The remembered result: a <see cref="HostClass"/>, or a tool's extraction or null (AgentTools.ToolExtractCache).</summary>
    public object? Result { get; }

    /// <summary>
    /// Whether <see cref="Result"/> is what evaluating again in <paramref name="compilation"/> would give: same
    /// options and metadata references, every dependency tree still present (same object, so same text), and
    /// no added or removed tree that declares a type or namespace with a name the evaluated code uses, or a
    /// global using or extern alias (either could change what a name binds to).
    /// </summary>
    public bool IsValidFor(Compilation compilation, CancellationToken cancellationToken)
    {
        var changes = _snapshot.ChangesTo(compilation, cancellationToken);
        if (changes is null)
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

        if (changes.RebindsAnyName || changes.DeclaresAny(_names))
        {
            return false;
        }

        _snapshot = CompilationSnapshot.Of(compilation);
        return true;
    }
}
