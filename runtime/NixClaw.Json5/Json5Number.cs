using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>A JSON5 number: a double (NaN, ±Infinity and -0 included) plus whether it was written as an integer.</summary>
public sealed class Json5Number : Json5Value
{
    /// <summary>Creates a number.</summary>
    /// <param name="value">The value.</param>
    /// <param name="isInteger">
    /// Whether the number is an integer literal (decimal digits or hex, no fraction or exponent). The writer keeps
    /// integers as exact digits so large integers such as <c>0xFFFFFFFFFFFF</c> round-trip exactly.
    /// </param>
    public Json5Number(double value, bool isInteger)
    {
        Value = value;
        IsInteger = isInteger && double.IsFinite(value) && Math.Floor(value) == value;
    }

    /// <summary>An integer number; exact up to 2^53 in magnitude, as doubles are.</summary>
    public Json5Number(long value)
        : this(value, true)
    {
    }

    /// <summary>A floating number.</summary>
    public Json5Number(double value)
        : this(value, false)
    {
    }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <summary>Whether the number was written (or created) as an integer.</summary>
    public bool IsInteger { get; }

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.Number;

    /// <summary>The value as an Int64 when it is integral and in range.</summary>
    public bool TryGetInt64(out long result)
    {
        // 2^63 is exactly representable; anything at or above it does not fit.
        if (Math.Floor(Value) == Value && Value >= -9223372036854775808.0 && Value < 9223372036854775808.0)
        {
            result = (long)Value;
            return true;
        }

        result = 0;
        return false;
    }

    /// <inheritdoc />
    public override JsonNode? ToJsonNode() => TryGetInt64(out var l) && IsInteger ? JsonValue.Create(l) : JsonValue.Create(Value);

    /// <summary>The number as the writer prints it.</summary>
    public override string ToString() => Json5Writer.FormatNumber(this);
}
