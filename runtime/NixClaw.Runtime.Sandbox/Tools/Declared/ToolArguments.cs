using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace NixClaw.Tools;

/// <summary>
/// Reads and checks one argument of a C# agent tool; called by the code the generator emits for each tool, so the
/// messages the model sees are the same for every tool. Each <c>TryX</c> reads a value without building anything
/// when it fits; only when it does not does the generated code build the argument's path (for example
/// <c>plan.beds[2].name</c>) and call the matching <c>XError</c> for the message, which names the argument and says
/// what was expected.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ToolArguments
{
    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement;

    /// <summary>An argument the tool does not take.</summary>
    public static string Unknown(string path, string name, string known) =>
        (path.Length == 0 ? "" : "Argument '" + path + "' has an unknown member '" + name + "'; ")
        + (path.Length == 0 ? "Unknown argument '" + name + "'; the tool takes: " : "it takes: ") + known + ".";

    /// <summary>
    /// The first argument in <paramref name="arguments"/> whose name is not in <paramref name="names"/>, as
    /// <see cref="Unknown(string, string, string)"/> words it; called only when some name did not match.
    /// </summary>
    public static string Unknown(AIFunctionArguments arguments, string[] names, string known)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        foreach (var (name, _) in arguments)
        {
            if (System.Array.IndexOf(names, name) < 0)
            {
                return Unknown("", name, known);
            }
        }

        return Unknown("", "", known);
    }

    /// <summary>
    /// One value of the chat client's argument dictionary as JSON: the model's <see cref="JsonElement"/> as it is,
    /// anything else (a caller that built the dictionary by hand) through the source-generated serialiser.
    /// </summary>
    public static JsonElement Element(object? value) => value switch
    {
        JsonElement element => element,
        null => NullElement,
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), ToolJson.Default),
    };

    /// <summary>The whole argument dictionary as one JSON object, for tools that only read a <see cref="JsonElement"/>.</summary>
    public static JsonElement ToObject(AIFunctionArguments arguments) =>
        JsonSerializer.SerializeToElement(arguments, ToolJson.Default.IDictionaryStringObject);

    /// <summary>
    /// The position of <paramref name="property"/>'s name in <paramref name="names"/> (UTF-8), or -1. The name at
    /// <paramref name="expected"/> is compared first: models give arguments in the schema's order, so one comparison
    /// per property is the usual cost rather than one per member.
    /// </summary>
    public static int Find(JsonProperty property, byte[][] names, int expected)
    {
        ArgumentNullException.ThrowIfNull(names);
        if ((uint)expected < (uint)names.Length && property.NameEquals(names[expected]))
        {
            return expected;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (i != expected && property.NameEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A required argument was left out.</summary>
    public static string Missing(string path, string expected) => "Missing required argument '" + path + "' (" + expected + ").";

    /// <summary>A value of the wrong JSON kind: "Argument 'x' must be <paramref name="expected"/>, not null."</summary>
    public static string Expected(JsonElement value, string path, string expected) =>
        (path.Length == 0 ? "The arguments" : "Argument '" + path + "'") + " must be " + expected + ", not " + Describe(value) + ".";

    public static string ObjectError(JsonElement value, string path) => Expected(value, path, "an object");

    public static string ArrayError(JsonElement value, string path) => Expected(value, path, "an array");

    public static bool TryString(JsonElement value, out string result)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            result = value.GetString()!;
            return true;
        }

        result = "";
        return false;
    }

    public static string StringError(JsonElement value, string path) => Expected(value, path, "a string");

    public static bool TryBoolean(JsonElement value, out bool result)
    {
        result = value.ValueKind == JsonValueKind.True;
        return result || value.ValueKind == JsonValueKind.False;
    }

    public static string BooleanError(JsonElement value, string path) => Expected(value, path, "true or false");

    /// <summary>A whole number within the C# type's range (<paramref name="min"/>..<paramref name="max"/>).</summary>
    public static bool TryInteger(JsonElement value, long min, long max, out long result) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out result) && result >= min && result <= max) || Zero(out result);

    public static string IntegerError(JsonElement value, string path, long min, long max) =>
        value.ValueKind == JsonValueKind.Number
            ? "Argument '" + path + "' must be a whole number from " + Format(min) + " to " + Format(max) + "; got " + value.GetRawText() + "."
            : Expected(value, path, "a whole number");

    /// <summary>A whole number within <c>ulong</c>'s range.</summary>
    public static bool TryUnsignedInteger(JsonElement value, out ulong result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out result))
        {
            return true;
        }

        result = 0;
        return false;
    }

    public static string UnsignedIntegerError(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Number
            ? "Argument '" + path + "' must be a whole number from 0 to " + ulong.MaxValue.ToString(CultureInfo.InvariantCulture) + "; got " + value.GetRawText() + "."
            : Expected(value, path, "a whole number");

    public static bool TryNumber(JsonElement value, out double result) =>
        (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out result) && double.IsFinite(result)) || Zero(out result);

    public static string NumberError(JsonElement value, string path) => Expected(value, path, "a number");

    public static bool TryDecimal(JsonElement value, out decimal result)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out result))
        {
            return true;
        }

        result = 0;
        return false;
    }

    public static string DecimalError(JsonElement value, string path) => Expected(value, path, "a number");

    /// <summary>A value that is none of an enum's <paramref name="names"/> (generated code matches the names itself).</summary>
    public static string ChoiceError(JsonElement value, string path, string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var choices = string.Join(", ", names.Select(n => "\"" + n + "\""));
        return value.ValueKind == JsonValueKind.String
            ? "Argument '" + path + "' must be one of " + choices + "; got " + value.GetRawText() + "."
            : Expected(value, path, "one of " + choices);
    }

    /// <summary><c>[Range]</c> on a number (the generated code compares; this words it).</summary>
    public static string RangeError(double value, string path, double min, double max) =>
        "Argument '" + path + "' must be from " + Format(min) + " to " + Format(max) + "; got " + Format(value) + ".";

    /// <summary><c>[StringLength]</c> on a string (the generated code compares; this words it).</summary>
    public static string LengthError(string value, string path, int min, int max)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "Argument '" + path + "' must be " + (min > 0 ? Format(min) + " to " : "at most ") + Format(max) + " characters long; got " + Format(value.Length) + ".";
    }

    /// <summary><c>[RegularExpression]</c> on a string: the whole value must match, as DataAnnotations checks it.</summary>
    public static bool Matches(string value, Regex regex)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(regex);
        var match = regex.Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length;
    }

    public static string PatternError(string path, Regex regex) => "Argument '" + path + "' must match the pattern " + regex + ".";

    /// <summary>The path of an array item, built only when a message needs it.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The path of an object member.</summary>
    public static string Member(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool Zero<T>(out T result)
        where T : struct
    {
        result = default;
        return false;
    }

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
