using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>An immutable-kind JSON5 value: object, array, string, number, boolean or null.</summary>
/// <remarks>Accessors throw <see cref="InvalidOperationException"/> when the value is of another kind, so misuse is loud.</remarks>
public abstract class Json5Value
{
    private protected Json5Value()
    {
    }

    /// <summary>The kind of this value.</summary>
    public abstract Json5ValueKind Kind { get; }

    /// <summary>Reads a JSON5 document with default limits.</summary>
    /// <exception cref="Json5Exception">The text is not JSON5 or exceeds a limit.</exception>
    public static Json5Value Parse(string text, Json5ReaderOptions? options = null) => Json5Reader.Parse(text, options);

    /// <summary>The member value of an object.</summary>
    /// <exception cref="KeyNotFoundException">No such member.</exception>
    public Json5Value this[string key] => AsObject()[key];

    /// <summary>The element of an array.</summary>
    public Json5Value this[int index] => AsArray()[index];

    /// <summary>This value as an object.</summary>
    public Json5Object AsObject() => this as Json5Object ?? throw WrongKind(Json5ValueKind.Object);

    /// <summary>This value as an array.</summary>
    public Json5Array AsArray() => this as Json5Array ?? throw WrongKind(Json5ValueKind.Array);

    /// <summary>The string of a string value.</summary>
    public string GetString() => (this as Json5String ?? throw WrongKind(Json5ValueKind.String)).Value;

    /// <summary>The double of a number value (NaN and the infinities included).</summary>
    public double GetDouble() => (this as Json5Number ?? throw WrongKind(Json5ValueKind.Number)).Value;

    /// <summary>The number as a 64-bit integer.</summary>
    /// <exception cref="InvalidOperationException">Not a number, not integral, or out of range.</exception>
    public long GetInt64()
    {
        var number = this as Json5Number ?? throw WrongKind(Json5ValueKind.Number);
        return number.TryGetInt64(out var result)
            ? result
            : throw new InvalidOperationException($"the number {number} is not an integer in the Int64 range");
    }

    /// <summary>The boolean of a boolean value.</summary>
    public bool GetBoolean() => (this as Json5Boolean ?? throw WrongKind(Json5ValueKind.Boolean)).Value;

    /// <summary>Whether this is <c>null</c>.</summary>
    public bool IsNull => Kind == Json5ValueKind.Null;

    /// <summary>Writes this value as deterministic, indented JSON5 (see <see cref="Json5Writer"/>).</summary>
    public override string ToString() => Json5Writer.Write(this);

    /// <summary>
    /// Converts to a System.Text.Json node. NaN and the infinities become double nodes, which serialize only with
    /// <c>JsonNumberHandling.AllowNamedFloatingPointLiterals</c>; duplicate keys cannot occur (the reader keeps the last).
    /// </summary>
    public abstract JsonNode? ToJsonNode();

    /// <summary>
    /// Structural equality: objects compare as unordered maps, numbers by value with NaN equal to NaN and -0 distinct
    /// from +0 (the integer/floating distinction is ignored).
    /// </summary>
    public static bool DeepEquals(Json5Value? a, Json5Value? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case Json5Null:
                return true;
            case Json5Boolean x:
                return x.Value == ((Json5Boolean)b).Value;
            case Json5String x:
                return string.Equals(x.Value, ((Json5String)b).Value, StringComparison.Ordinal);
            case Json5Number x:
                // Bitwise except for NaN payloads: -0 and +0 differ, every NaN is equal.
                double p = x.Value, q = ((Json5Number)b).Value;
                return double.IsNaN(p) ? double.IsNaN(q) : BitConverter.DoubleToInt64Bits(p) == BitConverter.DoubleToInt64Bits(q);
            case Json5Array x:
            {
                var y = (Json5Array)b;
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!DeepEquals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            case Json5Object x:
            {
                var y = (Json5Object)b;
                if (x.Count != y.Count)
                {
                    return false;
                }

                foreach (var member in x)
                {
                    if (!y.TryGetValue(member.Key, out var other) || !DeepEquals(member.Value, other))
                    {
                        return false;
                    }
                }

                return true;
            }

            default:
                return false;
        }
    }

    private InvalidOperationException WrongKind(Json5ValueKind expected) =>
        new($"the value is {Kind}, not {expected}");
}
