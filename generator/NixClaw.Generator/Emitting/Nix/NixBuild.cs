using System.Collections.Generic;
using System.Linq;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary>Short constructors that keep the emitters readable.</summary>
internal static class NixBuild
{
    public static NixAssign Set(string dottedPath, NixExpr value) => new(dottedPath, value);

    /// <summary>A binding whose path segments are data (escaped), for example a secret key.</summary>
    public static NixAssign SetPath(IEnumerable<string> path, NixExpr value) => new(path.ToList(), value);

    public static NixAttrs Attrs(params NixBinding[] bindings) => new(bindings);

    public static NixAttrs Attrs(IEnumerable<NixBinding> bindings) => new(bindings.ToList());

    public static NixExpr Str(string value) => NixExpr.Str(value);

    public static NixExpr Raw(string code) => NixExpr.Raw(code);

    public static NixExpr Strings(IEnumerable<string> values) => NixExpr.List(values.Select(NixExpr.Str));

    /// <summary>A module file: <c>{ formals }: body</c>.</summary>
    public static NixFunction Module(NixExpr body, params string[] formals) => new(formals, Ellipsis: true, At: null, body);

    /// <summary>Selection of an attribute named by data: <c>prefix."a/b".suffix</c>.</summary>
    public static string Select(string prefix, string name, string? suffix = null) =>
        prefix + "." + NixLiteral.AttrName(name) + (suffix is null ? "" : "." + suffix);

    public static NixStringPart Text(string text) => new(text, null);

    public static NixStringPart Interpolate(NixExpr expression) => new(null, expression);

    public static IReadOnlyList<NixStringPart> TextLine(string text) => new[] { Text(text) };
}
