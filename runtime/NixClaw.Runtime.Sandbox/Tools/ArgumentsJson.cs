using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>The model's arguments as the JSON object a generated tool validates.</summary>
internal static class ArgumentsJson
{
    public static JsonElement ToJson(AIFunctionArguments arguments) =>
        JsonSerializer.SerializeToElement(arguments, ToolJson.Default.IDictionaryStringObject);
}
