using System.Text.Json;
using Microsoft.Extensions.AI;

namespace NixClaw.Tools;

/// <summary>
/// A C# agent tool as the generator emits it: name, description and JSON schema fixed at compile time, arguments
/// parsed and validated without reflection. The runtime decides where it runs (<see cref="RunsInProcess"/>): in the
/// gateway, or in the agent's sandbox, where the declarations program calls
/// <see cref="InvokeAsync(JsonElement, ToolContext, CancellationToken)"/> with the arguments the gateway validated.
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

    /// <summary>Checks the arguments as the chat client passes them (each value the model's <see cref="JsonElement"/>).</summary>
    /// <returns>Null when valid; otherwise the message <see cref="Validate(JsonElement)"/> gives for the same arguments.</returns>
    /// <remarks>Generated tools read the dictionary's values directly; this fallback copies them into one object first.</remarks>
    public virtual string? Validate(AIFunctionArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return Validate(ToolArguments.ToObject(arguments));
    }

    /// <summary>Parses the arguments, calls the method and serialises its result as the text the model reads.</summary>
    /// <exception cref="ToolArgumentException">The arguments are invalid (the same message <see cref="Validate(JsonElement)"/> gives).</exception>
    public abstract ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Parses the arguments as the chat client passes them (each value the model's <see cref="JsonElement"/>), calls
    /// the method and serialises its result: how a tool runs in the gateway process.
    /// </summary>
    /// <exception cref="ToolArgumentException">The arguments are invalid (the same message <see cref="Validate(JsonElement)"/> gives).</exception>
    /// <remarks>
    /// Generated tools read the dictionary's values directly; this fallback copies them into one object first and
    /// checks it with <see cref="Validate(JsonElement)"/>, so a hand-written tool is never called with invalid arguments.
    /// </remarks>
    public virtual ValueTask<string> InvokeAsync(AIFunctionArguments arguments, ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var json = ToolArguments.ToObject(arguments);
        return Validate(json) is { } invalid ? throw new ToolArgumentException(invalid) : InvokeAsync(json, context, cancellationToken);
    }

    /// <summary>Runs the tool in this process, taking the <see cref="ToolContext"/> from <see cref="AIFunctionArguments.Context"/>.</summary>
    protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var context = arguments.Context?.TryGetValue(typeof(ToolContext), out var value) == true && value is ToolContext c
            ? c
            : throw new InvalidOperationException($"Tool '{Name}' was invoked without a {nameof(ToolContext)} in the arguments' context.");
        var pending = InvokeAsync(arguments, context, cancellationToken);

        // A tool that finishes synchronously needs no state machine here.
        return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Await(pending);
    }

    private static async ValueTask<object?> Await(ValueTask<string> pending) => await pending.ConfigureAwait(false);
}
