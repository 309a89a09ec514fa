using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Evaluation;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Memoises a tool's Extract as <see cref="ExtractCache"/> does a host class's: <c>ForAttributeWithMetadataName</c> runs
/// the transform of every [AgentTool] method again on each compilation change, which with 200 tools was most of an
/// incremental run. An entry is reused while the trees it read (the method's, its records' and enums') are unchanged
/// and no new declaration could change what a name in them binds to. Thread-safe.
/// </summary>
internal static class ToolExtractCache
{
    private static readonly ConditionalWeakTable<SyntaxTree, List<ExtractCacheEntry>> s_entries = new();

    public static bool TryGet(SyntaxNode method, Compilation compilation, CancellationToken cancellationToken, out ToolExtraction result)
    {
        result = null!;
        if (!s_entries.TryGetValue(method.SyntaxTree, out var slot))
        {
            return false;
        }

        lock (slot)
        {
            var index = slot.FindIndex(e => e.Position == method.SpanStart);
            if (index < 0)
            {
                return false;
            }

            if (!slot[index].IsValidFor(compilation, cancellationToken))
            {
                slot.RemoveAt(index);
                return false;
            }

            result = (ToolExtraction)slot[index].Result;
            return true;
        }
    }

    public static void Store(SyntaxNode method, Compilation compilation, Dependencies dependencies, ToolExtraction result)
    {
        var entry = new ExtractCacheEntry(method.SpanStart, result, dependencies, compilation);
        var slot = s_entries.GetValue(method.SyntaxTree, _ => new List<ExtractCacheEntry>());
        lock (slot)
        {
            slot.RemoveAll(e => e.Position == entry.Position);
            slot.Add(entry);
        }
    }
}
