using System.Globalization;
using System.Text.Json;

namespace NixClaw.Runtime.Service;

/// <summary>
/// Turns one JSON-lines log record into <c>time level category: message</c>. Accepts the usual field names
/// (<c>Timestamp/timestamp/time/@t</c>, <c>LogLevel/level/@l</c>, <c>Category/category</c>, <c>Message/message/@m</c>,
/// <c>Exception/exception</c>); a line that is not JSON is shown as it is.
/// </summary>
internal static class LogLineFormatter
{
    public static string Format(string line)
    {
        if (line.Length == 0 || line[0] != '{')
        {
            return line;
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var time = Field(root, "Timestamp", "timestamp", "time", "@t", "ts");
            var level = Field(root, "LogLevel", "level", "Level", "@l") ?? "";
            var category = Field(root, "Category", "category", "logger");
            var message = Field(root, "Message", "message", "msg", "@m", "@mt") ?? "";
            var exception = Field(root, "Exception", "exception", "@x");
            var text = $"{FormatTime(time)} {Abbreviate(level),-5} {(category is null ? "" : category + ": ")}{message}";
            return exception is null ? text : text + "\n    " + exception.Replace("\n", "\n    ", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return line;
        }
    }

    private static string? Field(JsonElement root, params string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            }
        }

        return null;
    }

    private static string FormatTime(string? time) =>
        time is not null && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : time ?? "-";

    private static string Abbreviate(string level) => level.ToUpperInvariant() switch
    {
        "TRACE" or "VERBOSE" => "TRACE",
        "DEBUG" => "DEBUG",
        "INFORMATION" or "INFO" => "INFO",
        "WARNING" or "WARN" => "WARN",
        "ERROR" => "ERROR",
        "CRITICAL" or "FATAL" => "CRIT",
        var other => other,
    };
}
