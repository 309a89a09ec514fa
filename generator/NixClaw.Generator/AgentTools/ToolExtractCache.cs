using System.Threading;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Evaluation;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// Memoises a tool's Extract as <see cref="ExtractCache"/> does a host class's: the syntax provider runs the transform
/// of every attributed method again on each compilation change. An entry (a tool's extraction, or null for a method
/// that is not a tool) is reused while the trees it read (the method's, its attribute classes', its records' and
/// enums') are unchanged and no new declaration could change what a name in them binds to.
/// </summary>
internal static class ToolExtractCache
{
    private static readonly DeclarationCache<ToolExtraction> s_methods = new();

    public static bool TryGet(SyntaxNode method, Compilation compilation, CancellationToken cancellationToken, out ToolExtraction? result) =>
        s_methods.TryGet(method, compilation, cancellationToken, out result);

    public static void Store(SyntaxNode method, Compilation compilation, Dependencies dependencies, ToolExtraction? result) =>
        s_methods.Store(method, compilation, dependencies, result);
}
