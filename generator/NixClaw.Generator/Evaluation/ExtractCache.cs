using System.Threading;
using Microsoft.CodeAnalysis;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// Memoises Extract per host class. <c>ForAttributeWithMetadataName</c> runs the transform again on every
/// compilation change (the semantic model is new), and evaluating binds field initialisers, which costs
/// time per agent. A remembered class is reused while what it read is unchanged, so typing elsewhere costs a few
/// set lookups instead.
/// </summary>
internal static class ExtractCache
{
    private static readonly DeclarationCache<HostClass> s_classes = new();

    public static bool TryGet(SyntaxNode hostDeclaration, Compilation compilation, CancellationToken cancellationToken, out HostClass result)
    {
        var found = s_classes.TryGet(hostDeclaration, compilation, cancellationToken, out var cached);
        result = cached!;
        return found;
    }

    public static void Store(SyntaxNode hostDeclaration, Compilation compilation, Dependencies dependencies, HostClass result) =>
        s_classes.Store(hostDeclaration, compilation, dependencies, result);
}
