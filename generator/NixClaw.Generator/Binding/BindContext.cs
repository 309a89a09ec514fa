using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;

namespace NixClaw.Generator.Binding;

/// <summary>
/// What the binders of one host class share: its declarations by kind, the diagnostics, every reader they bound a
/// record with (to find properties nobody bound) and every reference to a secret (which decides its owner).
/// </summary>
internal sealed class BindContext
{
    private const string Ns = "NixClaw.";

    private readonly HostClass _class;
    private readonly List<ObjReader> _readers = new();
    private readonly List<SecretUse> _secretUses = new();

    public BindContext(HostClass hostClass, List<DiagnosticInfo> diagnostics)
    {
        _class = hostClass;
        Diagnostics = diagnostics;
    }

    public List<DiagnosticInfo> Diagnostics { get; }

    public string Namespace => _class.Namespace;

    public string ClassName => _class.Name;

    public LocationInfo? ClassLocation => _class.Location;

    /// <summary>References to secrets, in the order the binders met them.</summary>
    public IReadOnlyList<SecretUse> SecretUses => _secretUses;

    /// <summary>The fields of the class declaring a record of <paramref name="kind"/> (<c>nameof(Agent)</c>).</summary>
    public List<(DeclaredField Field, ObjVal Obj)> Declarations(string kind) =>
        _class.Fields
            .Where(f => f.Type == Ns + kind && f.Value is ObjVal)
            .Select(f => (f, (ObjVal)f.Value!))
            .ToList();

    /// <summary>A reader that binds <paramref name="obj"/>; what it leaves unread is reported by <see cref="ReportUnbound"/>.</summary>
    public ObjReader Reader(ObjVal obj, string context)
    {
        var reader = new ObjReader(obj, context, Diagnostics);
        _readers.Add(reader);
        return reader;
    }

    public List<T> BindAll<T>(string kind, Func<DeclaredField, ObjReader, T> bind) =>
        Declarations(kind).Select(d => bind(d.Field, Reader(d.Obj, d.Field.Name))).ToList();

    /// <summary>The one declaration of a kind there may be only one of; later ones are reported.</summary>
    public T? BindSingle<T>(string kind, Func<DeclaredField, ObjReader, T> bind)
        where T : class
    {
        var all = Declarations(kind);
        foreach (var extra in all.Skip(1))
        {
            Report(DiagnosticDescriptors.DuplicateSingleton, extra.Field.Location, kind, extra.Field.Name);
        }

        return all.Count == 0 ? null : bind(all[0].Field, Reader(all[0].Obj, all[0].Field.Name));
    }

    /// <summary>
    /// The sops key of a secret-valued property, or null when it is not set. The reference is recorded: the secret
    /// binder checks it is declared and gives the secret to <paramref name="reader"/> when the secret names no owner.
    /// <paramref name="usedBy"/> says what uses it, for the message when it is not declared; <paramref name="userName"/>
    /// is the user of <see cref="SecretReader.User"/> and <see cref="SecretReader.UserCreation"/>.
    /// </summary>
    public string? SecretRef(ObjReader r, string property, string usedBy, SecretReader reader, string? userName = null)
    {
        if (r.Obj(property) is not { } obj)
        {
            return null;
        }

        var key = obj.Get(nameof(Secret.Key)) is StrVal s ? s.Value : "";
        _secretUses.Add(new SecretUse(key, r.Where(property), usedBy, reader, userName));
        return key;
    }

    /// <summary>False (and a diagnostic) when <paramref name="name"/> was seen before; empty names are not compared.</summary>
    public bool Unique(Dictionary<string, string> seen, string kind, string name, DeclaredField field, LocationInfo? location)
    {
        if (name.Length == 0)
        {
            return true;
        }

        if (seen.TryGetValue(name, out var first))
        {
            Report(DiagnosticDescriptors.DuplicateName, location, kind, name, first);
            return false;
        }

        seen[name] = field.Name;
        return true;
    }

    public void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>
    /// A property a declaration set that no binder read is a record property the generator does not know: an error,
    /// never a silent drop. Checked only on declarations without errors, whose binders read everything.
    /// </summary>
    public void ReportUnbound()
    {
        if (Diagnostics.Any(d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error))
        {
            return;
        }

        foreach (var reader in _readers)
        {
            foreach (var prop in reader.Unread)
            {
                Report(DiagnosticDescriptors.GeneratorFailure, prop.Value.Location ?? reader.Where(), TypeName(reader.Value) + "." + prop.Name + " is set but the generator does not bind it");
            }
        }
    }

    /// <summary>Every <c>Type.Property</c> a binder read (set or not), for the test that every record property is bound.</summary>
    public IEnumerable<string> PropertiesRead() =>
        _readers.SelectMany(r => r.ReadNames.Select(n => TypeName(r.Value) + "." + n)).Distinct();

    /// <summary>Where a property of a record was written, else where the record was created; reads nothing for <see cref="ReportUnbound"/>.</summary>
    public static LocationInfo? Where(ObjVal obj, string property) => obj.Get(property)?.Location ?? obj.Location;

    private static string TypeName(ObjVal obj) => obj.Type.StartsWith(Ns, StringComparison.Ordinal) ? obj.Type.Substring(Ns.Length) : obj.Type;
}

/// <summary>Who reads a secret on the host, which makes it the secret's owner when its declaration names none.</summary>
internal enum SecretReader
{
    /// <summary>A system service (tailscaled): root, the default owner.</summary>
    Root,

    /// <summary>The gateway, running as the service user.</summary>
    ServiceUser,

    /// <summary>One user's shell (<see cref="SecretUse.UserName"/>).</summary>
    User,

    /// <summary>NixOS while it creates users (a password hash): decrypted before users exist, so root-owned.</summary>
    UserCreation,
}

/// <summary>One property of a declaration that references a secret.</summary>
internal sealed record SecretUse(string Key, LocationInfo? Location, string UsedBy, SecretReader Reader, string? UserName);
