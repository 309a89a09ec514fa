using System.Text.Json;
using System.Text.Json.Serialization;

namespace NixClaw.Runtime.CommandLine;

/// <summary>The one JSON style of every <c>--json</c> output: camelCase, indented, enums as camelCase strings.</summary>
internal static class JsonOutput
{
    /// <summary>Serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Backticks and angle brackets stay readable in hints; this output is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes <paramref name="value"/> and a newline.</summary>
    public static void Write(TextWriter writer, object value) => writer.WriteLine(JsonSerializer.Serialize(value, value.GetType(), Options));
}
