using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// Memoises Extract per host class. <c>ForAttributeWithMetadataName</c> runs the transform again on every
/// compilation change (the semantic model is new), and evaluating binds field initialisers, which costs
/// time per agent. An entry is reused while <see cref="ExtractCacheEntry.IsValidFor"/> holds, so typing
/// elsewhere costs a few set lookups instead. Entries live as long as the host class's syntax tree
/// (a <see cref="ConditionalWeakTable{TKey,TValue}"/> keyed by it): editing the host file starts a new
/// entry and the old one is collected with the old tree. Thread-safe.
/// </summary>
internal static class ExtractCache
{
    private static readonly ConditionalWeakTable<SyntaxTree, List<ExtractCacheEntry>> s_entries = new();

    public static bool TryGet(SyntaxNode hostDeclaration, Compilation compilation, CancellationToken cancellationToken, out HostClass result)
    {
        result = null!;
        if (!s_entries.TryGetValue(hostDeclaration.SyntaxTree, out var slot))
        {
            return false;
        }

        lock (slot)
        {
            var index = slot.FindIndex(e => e.Position == hostDeclaration.SpanStart);
            if (index < 0)
            {
                return false;
            }

            if (!slot[index].IsValidFor(compilation, cancellationToken))
            {
                slot.RemoveAt(index);
                return false;
            }

            result = (HostClass)slot[index].Result!;
            return true;
        }
    }

    public static void Store(SyntaxNode hostDeclaration, Compilation compilation, Dependencies dependencies, HostClass result)
    {
        var entry = new ExtractCacheEntry(hostDeclaration.SpanStart, result, dependencies, compilation);
        var slot = s_entries.GetValue(hostDeclaration.SyntaxTree, _ => new List<ExtractCacheEntry>());
        lock (slot)
        {
            slot.RemoveAll(e => e.Position == entry.Position);
            slot.Add(entry);
        }
    }
}
