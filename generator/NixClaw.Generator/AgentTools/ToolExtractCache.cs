using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Evaluation;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Memoises a tool's Extract as <see cref="ExtractCache"/> does a host class's: the syntax provider runs the transform
/// of every attributed method again on each compilation change. An entry (a tool's extraction, or null for a method
/// that is not a tool) is reused while the trees it read (the method's, its attribute classes', its records' and
/// enums') are unchanged and no new declaration could change what a name in them binds to. Thread-safe.
/// </summary>
internal static class ToolExtractCache
{
    private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<int, ExtractCacheEntry>> s_entries = new();

    public static bool TryGet(SyntaxNode method, Compilation compilation, CancellationToken cancellationToken, out ToolExtraction? result)
    {
        result = null;
        if (!s_entries.TryGetValue(method.SyntaxTree, out var slot))
        {
            return false;
        }

        lock (slot)
        {
            if (!slot.TryGetValue(method.SpanStart, out var entry))
            {
                return false;
            }

            if (!entry.IsValidFor(compilation, cancellationToken))
            {
                slot.Remove(method.SpanStart);
                return false;
            }

            result = (ToolExtraction?)entry.Result;
            return true;
        }
    }

    public static void Store(SyntaxNode method, Compilation compilation, Dependencies dependencies, ToolExtraction? result)
    {
        var entry = new ExtractCacheEntry(method.SpanStart, result, dependencies, compilation);
        var slot = s_entries.GetValue(method.SyntaxTree, _ => new Dictionary<int, ExtractCacheEntry>());
        lock (slot)
        {
            slot[entry.Position] = entry;
        }
    }
}
