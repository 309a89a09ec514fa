using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Binding;

/// <summary>
/// Typed reads of an evaluated record. Binders name properties with <c>nameof</c> on the contract's records and take
/// the fallback for a property the declaration did not set from a default instance of that record, so names and
/// defaults exist once. Every read is recorded: <see cref="Unread"/> lists what a declaration set that no binder read.
/// </summary>
internal sealed class ObjReader
{
    private readonly ObjVal _obj;
    private readonly string _context;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ObjReader(ObjVal obj, string context, List<DiagnosticInfo> diagnostics)
    {
        _obj = obj;
        _context = context;
        _diagnostics = diagnostics;
    }

    public ObjVal Value => _obj;

    /// <summary>Where the record was created (its field, or the <c>new</c> inside another record).</summary>
    public LocationInfo? Where() => _obj.Location;

    /// <summary>Where the property was written, else where the record was created.</summary>
    public LocationInfo? Where(string name) => _obj.Get(name)?.Location ?? _obj.Location;

    public string Required(string name)
    {
        if (Get(name) is StrVal { Value.Length: > 0 } s)
        {
            return s.Value;
        }

        Report(DiagnosticDescriptors.RequiredValueMissing, Where(name), _context + "." + name);
        return "";
    }

    public string Str(string name, string fallback) => Get(name) is StrVal s ? s.Value : fallback;

    public string? OptStr(string name) => Get(name) is StrVal s ? s.Value : null;

    public int Int(string name, int fallback) => Get(name) is IntVal i ? (int)i.Value : fallback;

    public bool Bool(string name, bool fallback) => Get(name) is BoolVal b ? b.Value : fallback;

    /// <summary>The enum member the declaration named, else <paramref name="fallback"/> (the contract's enum is the evaluator's).</summary>
    public TEnum Enum<TEnum>(string name, TEnum fallback)
        where TEnum : struct =>
        Get(name) is EnumVal e && System.Enum.TryParse<TEnum>(e.Member, out var value) ? value : fallback;

    public ObjVal? Obj(string name) => Get(name) as ObjVal;

    public IReadOnlyList<Val> List(string name) => Get(name) is ListVal l ? l.Items : EquatableArray<Val>.Empty;

    public EquatableArray<string> Strings(string name) =>
        List(name).OfType<StrVal>().Select(s => s.Value).ToEquatableArray();

    /// <summary>Names of the properties binders asked for, set or not.</summary>
    public IEnumerable<string> ReadNames => _read;

    /// <summary>Properties the declaration set that nothing read: a record property the generator does not bind.</summary>
    public IEnumerable<Prop> Unread => _obj.Props.Where(p => !_read.Contains(p.Name));

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private Val? Get(string name)
    {
        _read.Add(name);
        return _obj.Get(name);
    }
}
