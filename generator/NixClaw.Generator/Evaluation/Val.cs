using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Evaluation;

/// <summary>
/// A declaration's value, evaluated at compile time. Immutable with structural equality, so the
/// incremental pipeline can cache it; it never holds symbols, syntax or <c>Location</c>.
/// <see cref="Location"/> is where the value was written, for diagnostics.
/// </summary>
internal abstract record Val
{
    public LocationInfo? Location { get; init; }
}

/// <summary>A string.</summary>
internal sealed record StrVal(string Value) : Val;

/// <summary>An integral number.</summary>
internal sealed record IntVal(long Value) : Val;

/// <summary>A Boolean.</summary>
internal sealed record BoolVal(bool Value) : Val;

/// <summary>null.</summary>
internal sealed record NullVal : Val;

/// <summary>An enum member, by name (for example <c>ChatMode.OnMessage</c>).</summary>
internal sealed record EnumVal(string Type, string Member) : Val;

/// <summary>An array or collection.</summary>
internal sealed record ListVal(EquatableArray<Val> Items) : Val;

/// <summary>
/// A record instance: its type's metadata name, the properties that were set (constructor arguments,
/// including defaulted ones, and initializers) and, when it came from a declared field, that field's
/// name (<see cref="Origin"/>, e.g. <c>Homelab.BotToken</c>).
/// </summary>
internal sealed record ObjVal(string Type, EquatableArray<Prop> Props, string? Origin) : Val
{
    public Val? Get(string name)
    {
        foreach (var prop in Props)
        {
            if (prop.Name == name)
            {
                return prop.Value;
            }
        }

        return null;
    }
}

/// <summary>One property of an <see cref="ObjVal"/>.</summary>
internal sealed record Prop(string Name, Val Value);
