using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NixClaw.Tools;

/// <summary>
/// Reads and checks one argument of a C# agent tool; called by the code the generator emits for each tool, so the
/// messages the model sees are the same for every tool. Each method returns null when the value is acceptable, else a
/// message that names the argument (<c>path</c>, for example <c>plan.beds[2].name</c>) and says what was expected.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ToolArguments
{
    /// <summary>The arguments as a whole are not a JSON object.</summary>
    public static string? Object(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Object ? null : Expected(path, "an object", value);

    /// <summary>An argument the tool does not take.</summary>
    public static string Unknown(string path, string name, string known) =>
        (path.Length == 0 ? "" : "Argument '" + path + "' has an unknown member '" + name + "'; ")
        + (path.Length == 0 ? "Unknown argument '" + name + "'; the tool takes: " : "it takes: ") + known + ".";

    /// <summary>A required argument was left out.</summary>
    public static string Missing(string path, string expected) => "Missing required argument '" + path + "' (" + expected + ").";

    /// <summary>A JSON null for an argument that cannot be null.</summary>
    public static string NotNull(string path, string expected) => "Argument '" + path + "' must be " + expected + ", not null.";

    public static string? String(JsonElement value, string path, out string result)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            result = value.GetString()!;
            return null;
        }

        result = "";
        return Expected(path, "a string", value);
    }

    public static string? Boolean(JsonElement value, string path, out bool result)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.True:
                result = true;
                return null;
            case JsonValueKind.False:
                result = false;
                return null;
            default:
                result = false;
                return Expected(path, "true or false", value);
        }
    }

    /// <summary>A whole number within the C# type's range (<paramref name="min"/>..<paramref name="max"/>).</summary>
    public static string? Integer(JsonElement value, string path, long min, long max, out long result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out result) && result >= min && result <= max)
        {
            return null;
        }

        result = 0;
        return value.ValueKind == JsonValueKind.Number
            ? "Argument '" + path + "' must be a whole number from " + Format(min) + " to " + Format(max) + "; got " + value.GetRawText() + "."
            : Expected(path, "a whole number", value);
    }

    /// <summary>A whole number within <c>ulong</c>'s range.</summary>
    public static string? UnsignedInteger(JsonElement value, string path, out ulong result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out result))
        {
            return null;
        }

        result = 0;
        return value.ValueKind == JsonValueKind.Number
            ? "Argument '" + path + "' must be a whole number from 0 to " + ulong.MaxValue.ToString(CultureInfo.InvariantCulture) + "; got " + value.GetRawText() + "."
            : Expected(path, "a whole number", value);
    }

    public static string? Number(JsonElement value, string path, out double result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out result) && double.IsFinite(result))
        {
            return null;
        }

        result = 0;
        return Expected(path, "a number", value);
    }

    public static string? Decimal(JsonElement value, string path, out decimal result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out result))
        {
            return null;
        }

        result = 0;
        return Expected(path, "a number", value);
    }

    /// <summary>One of <paramref name="names"/> (an enum as its member names); <paramref name="index"/> is its position.</summary>
    public static string? Choice(JsonElement value, string path, string[] names, out int index)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (value.ValueKind == JsonValueKind.String)
        {
            for (index = 0; index < names.Length; index++)
            {
                if (value.ValueEquals(names[index]))
                {
                    return null;
                }
            }
        }

        index = -1;
        var choices = string.Join(", ", names.Select(n => "\"" + n + "\""));
        return value.ValueKind == JsonValueKind.String
            ? "Argument '" + path + "' must be one of " + choices + "; got " + value.GetRawText() + "."
            : Expected(path, "one of " + choices, value);
    }

    /// <summary>A JSON array (its items are read by the caller).</summary>
    public static string? Array(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Array ? null : Expected(path, "an array", value);

    /// <summary><c>[Range]</c> on a number.</summary>
    public static string? Range(double value, string path, double min, double max) =>
        value >= min && value <= max ? null
            : "Argument '" + path + "' must be from " + Format(min) + " to " + Format(max) + "; got " + Format(value) + ".";

    /// <summary><c>[StringLength]</c> on a string.</summary>
    public static string? Length(string value, string path, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= min && value.Length <= max ? null
            : "Argument '" + path + "' must be " + (min > 0 ? Format(min) + " to " : "at most ") + Format(max) + " characters long; got " + Format(value.Length) + ".";
    }

    /// <summary><c>[RegularExpression]</c> on a string: the whole value must match, as DataAnnotations checks it.</summary>
    public static string? Pattern(string value, string path, Regex regex)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(regex);
        var match = regex.Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length ? null
            : "Argument '" + path + "' must match the pattern " + regex + ".";
    }

    /// <summary>The path of an array item or an object member, built only when a message needs it.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of an object member.</summary>
    public static string Member(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static string Expected(string path, string expected, JsonElement value) =>
        (path.Length == 0 ? "The arguments" : "Argument '" + path + "'") + " must be " + expected + ", not " + Describe(value) + ".";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
