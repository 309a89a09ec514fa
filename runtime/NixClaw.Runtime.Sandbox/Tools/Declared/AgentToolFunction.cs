using System.Text.Json;
using Microsoft.Extensions.AI;

namespace NixClaw.Tools;

/// <summary>
/// A C# agent tool as the generator emits it: name, description and JSON schema fixed at compile time, arguments
/// parsed and validated without reflection. The runtime decides where it runs (<see cref="RunsInProcess"/>): in the
/// gateway, or in the agent's sandbox, where the declarations program calls <see cref="InvokeAsync"/> with the
/// arguments the gateway validated.
/// </summary>
public abstract class AgentToolFunction : AIFunction
{
    /// <summary>Declared with <c>[AgentTool(InProcess = true)]</c>: runs in the gateway with the gateway's rights.</summary>
    public abstract bool RunsInProcess { get; }

    /// <summary>The name of the C# method, for messages and the <c>tool</c> verb.</summary>
    public abstract string MethodName { get; }

    /// <summary>Checks the model's arguments against the schema.</summary>
    /// <returns>Null when valid; otherwise a message the model can act on, naming the argument at fault.</returns>
    public abstract string? Validate(JsonElement arguments);

    /// <summary>Parses the arguments, calls the method and serialises its result as the text the model reads.</summary>
    /// <exception cref="ToolArgumentException">The arguments are invalid (the same message <see cref="Validate"/> gives).</exception>
    public abstract ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken);

    /// <summary>Runs the tool in this process, taking the <see cref="ToolContext"/> from <see cref="AIFunctionArguments.Context"/>.</summary>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var context = arguments.Context?.TryGetValue(typeof(ToolContext), out var value) == true && value is ToolContext c
            ? c
            : throw new InvalidOperationException($"Tool '{Name}' was invoked without a {nameof(ToolContext)} in the arguments' context.");
        using var json = ToJson(arguments);
        return await InvokeAsync(json.RootElement, context, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The arguments as one JSON object. The model's arguments arrive as <see cref="JsonElement"/>s (the chat client
    /// parsed the call), which are copied as they are; serialising the dictionary through object-typed metadata
    /// instead cost more than the generated binding itself. Other values go through the source-generated serialiser.
    /// </summary>
    private static JsonDocument ToJson(AIFunctionArguments arguments)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in arguments)
            {
                writer.WritePropertyName(name);
                switch (value)
                {
                    case JsonElement element:
                        element.WriteTo(writer);
                        break;
                    case null:
                        writer.WriteNullValue();
                        break;
                    default:
                        JsonSerializer.Serialize(writer, value, value.GetType(), ToolJson.Default);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
