using System.Text.Json;

namespace NixClaw.Tools;

// Strings with a JSON Schema format: what the schema promises (RFC 3339 date-time, uuid, absolute uri, ISO 8601
// duration) is what these accept, so a model that follows the schema is never refused and one that guesses is told
// the form with an example.
public static partial class ToolArguments
{
    /// <summary>A <c>date-time</c>: RFC 3339, with its time zone offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
    public static bool TryDateTimeOffset(JsonElement value, out DateTimeOffset result)
    {
        result = default;
        return value.ValueKind == JsonValueKind.String && HasOffset(value.GetString()!) && value.TryGetDateTimeOffset(out result);
    }

    public static string DateTimeOffsetError(JsonElement value, string path) => Formatted(value, path,
        "a date and time with a time zone offset (RFC 3339, for example 2026-12-07T14:30:00Z)");

    /// <summary>A <c>date-time</c> as a <see cref="System.DateTime"/>: the instant in UTC (<see cref="DateTimeKind.Utc"/>).</summary>
    public static bool TryDateTime(JsonElement value, out DateTime result)
    {
        var valid = TryDateTimeOffset(value, out var instant);
        result = instant.UtcDateTime;
        return valid;
    }

    public static string DateTimeError(JsonElement value, string path) => DateTimeOffsetError(value, path);

    /// <summary>A <c>uuid</c>: 32 hexadecimal digits in groups of 8-4-4-4-12.</summary>
    public static bool TryGuid(JsonElement value, out Guid result)
    {
        result = default;
        return value.ValueKind == JsonValueKind.String && value.TryGetGuid(out result);
    }

    public static string GuidError(JsonElement value, string path) => Formatted(value, path,
        "a UUID (for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301)");

    /// <summary>A <c>uri</c>: absolute, with a scheme; a relative reference (<c>/path</c>, <c>page.html</c>) is refused.</summary>
    public static bool TryUri(JsonElement value, out Uri result)
    {
        result = null!;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        // On Unix Uri also takes "/path" as an absolute file URI; the schema's "uri" needs a scheme.
        var text = value.GetString()!;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && System.Uri.CheckSchemeName(text[..colon]) && System.Uri.TryCreate(text, UriKind.Absolute, out result!);
    }

    public static string UriError(JsonElement value, string path) => Formatted(value, path,
        "an absolute URI (for example https://example.org/page)");

    /// <summary>A <c>duration</c>: ISO 8601, in weeks, days, hours, minutes and seconds (see <see cref="IsoDuration"/>).</summary>
    public static bool TryDuration(JsonElement value, out TimeSpan result)
    {
        result = default;
        return value.ValueKind == JsonValueKind.String && IsoDuration.TryParse(value.GetString(), out result);
    }

    public static string DurationError(JsonElement value, string path) => Formatted(value, path,
        "an ISO 8601 duration in weeks, days, hours, minutes and seconds (for example PT1H30M or P2D)");

    private static string Formatted(JsonElement value, string path, string expected) =>
        value.ValueKind == JsonValueKind.String
            ? "Argument '" + path + "' must be " + expected + "; got " + value.GetRawText() + "."
            : Expected(value, path, expected);

    /// <summary>RFC 3339 requires the offset; System.Text.Json would also take a date alone or a local time.</summary>
    private static bool HasOffset(string text) =>
        text.Length > 10 && text[10] is 'T' or 't'
        && (text[^1] is 'Z' or 'z' || (text.Length > 16 && text[^6] is '+' or '-' && text[^3] == ':'));
}
