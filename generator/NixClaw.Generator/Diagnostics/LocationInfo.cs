using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NixClaw.Generator.Diagnostics;

/// <summary>
/// An equatable stand-in for <see cref="Location"/>: a <see cref="Location"/> pins syntax trees and is never
/// equal across compilations, so cached models keep this and map it back when reporting.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(SyntaxNode? node) =>
        node is null ? null : new(node.SyntaxTree.FilePath, node.Span, node.SyntaxTree.GetLineSpan(node.Span).Span);

    public static LocationInfo? From(Location location) =>
        location.SourceTree is null ? null : new(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);

    /// <summary>The location in <paramref name="compilation"/>'s tree of the same file when present, so the
    /// diagnostic is "in source" (pragma suppression, editor squiggles); an external location otherwise.</summary>
    public Location ToLocation(Compilation? compilation)
    {
        if (compilation is not null)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.FilePath == FilePath && Span.End <= tree.Length)
                {
                    return Location.Create(tree, Span);
                }
            }
        }

        return Location.Create(FilePath, Span, LineSpan);
    }
}
