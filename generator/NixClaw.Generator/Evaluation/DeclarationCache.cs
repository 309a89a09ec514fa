using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// Remembered evaluations of declarations, each keyed by its syntax tree and start: an entry is reused while
/// <see cref="ExtractCacheEntry.IsValidFor"/> holds. Entries live as long as their tree (a
/// <see cref="ConditionalWeakTable{TKey,TValue}"/> keyed by it): editing the file starts new entries and the old ones
/// are collected with the old tree. Thread-safe.
/// </summary>
/// <typeparam name="T">What an evaluation gives; null is remembered too.</typeparam>
internal sealed class DeclarationCache<T>
    where T : class
{
    private readonly ConditionalWeakTable<SyntaxTree, Dictionary<int, ExtractCacheEntry>> _entries = new();

    public bool TryGet(SyntaxNode declaration, Compilation compilation, CancellationToken cancellationToken, out T? result)
    {
        result = null;
        if (!_entries.TryGetValue(declaration.SyntaxTree, out var slot))
        {
            return false;
        }

        lock (slot)
        {
            if (!slot.TryGetValue(declaration.SpanStart, out var entry))
            {
                return false;
            }

            if (!entry.IsValidFor(compilation, cancellationToken))
            {
                slot.Remove(declaration.SpanStart);
                return false;
            }

            result = (T?)entry.Result;
            return true;
        }
    }

    public void Store(SyntaxNode declaration, Compilation compilation, Dependencies dependencies, T? result)
    {
        var entry = new ExtractCacheEntry(result, dependencies, compilation);
        var slot = _entries.GetValue(declaration.SyntaxTree, _ => new Dictionary<int, ExtractCacheEntry>());
        lock (slot)
        {
            slot[declaration.SpanStart] = entry;
        }
    }
}
