using System.Collections.Generic;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>A tiny Nix syntax tree: emitters build it, <see cref="NixPrinter"/> lays it out in nixfmt style.</summary>
internal abstract record NixExpr
{
    public static NixExpr Str(string value) => new NixString(value);

    public static NixExpr Raw(string code) => new NixRaw(code);

    public static NixExpr Bool(bool value) => new NixRaw(value ? "true" : "false");

    public static NixExpr Int(int value) => new NixRaw(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static NixExpr List(params NixExpr[] items) => new NixList(items);

    public static NixExpr List(IEnumerable<NixExpr> items) => new NixList(new List<NixExpr>(items));

    public static NixExpr Apply(string function, NixExpr argument) => new NixApply(function, argument);
}

/// <summary>Code written by the emitter itself: identifiers, paths, selections. Never user values.</summary>
internal sealed record NixRaw(string Code) : NixExpr;

/// <summary>A string value, always escaped by <see cref="NixLiteral.String"/>.</summary>
internal sealed record NixString(string Value) : NixExpr;

/// <summary>
/// An indented (<c>''</c>) string built from literal lines and interpolations. Literal parts are the
/// emitter's own text; user values must be interpolated as <see cref="NixString"/> expressions.
/// </summary>
internal sealed record NixIndentedString(IReadOnlyList<IReadOnlyList<NixStringPart>> Lines) : NixExpr;

/// <summary>Literal text or an interpolated expression inside an indented string.</summary>
internal sealed record NixStringPart(string? Text, NixExpr? Interpolation);

/// <summary>A list.</summary>
internal sealed record NixList(IReadOnlyList<NixExpr> Items) : NixExpr;

/// <summary>An attribute set; bindings in the given order (emitters sort where order is free).</summary>
internal sealed record NixAttrs(IReadOnlyList<NixBinding> Bindings) : NixExpr
{
    public NixAttrs(params NixBinding[] bindings)
        : this((IReadOnlyList<NixBinding>)bindings)
    {
    }
}

/// <summary><c>function argument</c> where the function is emitter code and the argument is laid out.</summary>
internal sealed record NixApply(string Function, NixExpr Argument) : NixExpr;

/// <summary>A function with a formals set: <c>{ a, b, ... }@at: body</c>.</summary>
internal sealed record NixFunction(IReadOnlyList<string> Formals, bool Ellipsis, string? At, NixExpr Body) : NixExpr;

/// <summary>A single-argument function: <c>arg: body</c>.</summary>
internal sealed record NixLambda(string Argument, NixExpr Body) : NixExpr;

/// <summary><c>let bindings in body</c>.</summary>
internal sealed record NixLet(IReadOnlyList<NixBinding> Bindings, NixExpr Body) : NixExpr;

/// <summary>One entry of an attribute set or let.</summary>
internal abstract record NixBinding
{
    public static NixBinding Blank { get; } = new NixBlankLine();
}

/// <summary><c>a.b."c d" = value;</c> (path segments are escaped by the printer).</summary>
internal sealed record NixAssign(IReadOnlyList<string> Path, NixExpr Value) : NixBinding
{
    public NixAssign(string dottedPath, NixExpr value)
        : this(dottedPath.Split('.'), value)
    {
    }
}

/// <summary><c>inherit a b;</c></summary>
internal sealed record NixInherit(IReadOnlyList<string> Names) : NixBinding;

/// <summary>A <c># comment</c> line.</summary>
internal sealed record NixComment(string Text) : NixBinding;

/// <summary>An empty line between groups (nixfmt keeps single blank lines).</summary>
internal sealed record NixBlankLine : NixBinding;
