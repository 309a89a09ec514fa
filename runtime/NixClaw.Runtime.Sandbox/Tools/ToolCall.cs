using System.Text.Json;
using System.Text.Json.Serialization;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>What the gateway writes to <c>tool-exec</c>'s stdin: who calls, and the arguments it already validated.</summary>
/// <param name="AgentId">The calling agent.</param>
/// <param name="Channel">The turn's channel, when there is one.</param>
/// <param name="User">The turn's user, when known.</param>
/// <param name="Arguments">The model's arguments (a JSON object).</param>
public sealed record ToolCall(string AgentId, string? Channel, string? User, JsonElement Arguments)
{
    /// <summary>The call as one line of JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, ToolCallJson.Default.ToolCall);

    /// <summary>Reads a call.</summary>
    /// <exception cref="JsonException">Not a call.</exception>
    public static ToolCall Parse(string json) =>
        JsonSerializer.Deserialize(json, ToolCallJson.Default.ToolCall) ?? throw new JsonException("The tool call is null.");
}

/// <summary>Source-generated JSON for <see cref="ToolCall"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ToolCall))]
internal sealed partial class ToolCallJson : JsonSerializerContext;
