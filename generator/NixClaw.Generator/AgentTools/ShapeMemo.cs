using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Evaluation;

namespace NixClaw.Generator.AgentTools;

/// <summary>
/// The shapes of records and classes read in one compilation, with what each read depended on: the tools of a project
/// mostly share a few records, and reading one (constructor, properties, attributes, doc comment, display names) for
/// every tool that uses it would repeat the same work. One per compilation, dropped with it. Thread-safe.
/// </summary>
internal sealed class ShapeMemo
{
    private static readonly ConditionalWeakTable<Compilation, ShapeMemo> s_memos = new();

    private readonly Dictionary<ITypeSymbol, (ToolShape? Shape, string? Problem, Dependencies Dependencies)> _shapes = new(SymbolEqualityComparer.Default);

    public static ShapeMemo Of(Compilation compilation) => s_memos.GetValue(compilation, static _ => new ShapeMemo());

    public bool TryGet(ITypeSymbol type, out (ToolShape? Shape, string? Problem, Dependencies Dependencies) read)
    {
        lock (_shapes)
        {
            return _shapes.TryGetValue(type, out read);
        }
    }

    public void Add(ITypeSymbol type, (ToolShape? Shape, string? Problem, Dependencies Dependencies) read)
    {
        lock (_shapes)
        {
            _shapes[type] = read;
        }
    }
}
