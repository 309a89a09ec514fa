using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Binding;

/// <summary>
/// Typed reads of an evaluated record. Properties the declaration did not set fall back to the default
/// given here, which must match the default in the <c>NixClaw</c> record (a test compares them).
/// </summary>
internal sealed class ObjReader
{
    private readonly ObjVal _obj;
    private readonly string _context;
    private readonly List<DiagnosticInfo> _diagnostics;

    public ObjReader(ObjVal obj, string context, List<DiagnosticInfo> diagnostics)
    {
        _obj = obj;
        _context = context;
        _diagnostics = diagnostics;
    }

    public ObjVal Value => _obj;

    /// <summary>Where the property was written, else where the record was created.</summary>
    public LocationInfo? Where(string name) => _obj.Get(name)?.Location ?? _obj.Location;

    public LocationInfo? Where() => _obj.Location;

    public string Required(string name)
    {
        if (_obj.Get(name) is StrVal { Value.Length: > 0 } s)
        {
            return s.Value;
        }

        Report(DiagnosticDescriptors.RequiredValueMissing, Where(name), _context + "." + name);
        return "";
    }

    public string Str(string name, string fallback) => _obj.Get(name) is StrVal s ? s.Value : fallback;

    public string? OptStr(string name) => _obj.Get(name) is StrVal s ? s.Value : null;

    public long Int(string name, long fallback) => _obj.Get(name) is IntVal i ? i.Value : fallback;

    public bool Bool(string name, bool fallback) => _obj.Get(name) is BoolVal b ? b.Value : fallback;

    public string Enum(string name, string fallback) => _obj.Get(name) is EnumVal e ? e.Member : fallback;

    public ObjVal? Obj(string name) => _obj.Get(name) as ObjVal;

    public IReadOnlyList<Val> List(string name) => _obj.Get(name) is ListVal l ? l.Items : EquatableArray<Val>.Empty;

    public EquatableArray<string> Strings(string name) =>
        List(name).OfType<StrVal>().Select(s => s.Value).ToEquatableArray();

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));
}
