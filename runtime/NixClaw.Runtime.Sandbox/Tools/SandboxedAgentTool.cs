using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// A C# tool run out of process in the agent's sandbox: the arguments are validated here (an invalid call starts
/// nothing and goes back to the model), then the declarations program runs <c>tool-exec &lt;name&gt;</c> in a fresh
/// sandbox with the agent's limits, the call on stdin and the result on stdout. Its stderr (the tool's logger) is
/// logged here, capped. Failures and timeouts become a short error text naming the tool.
/// </summary>
internal sealed class SandboxedAgentTool(AgentToolFunction tool, ISandbox sandbox, ToolProgram program, string agentId, string workspaceDirectory, SandboxLimits limits)
    : AIFunction
{
    /// <summary>Bytes of the tool's stderr logged per call.</summary>
    public const int MaxLoggedErrorBytes = 4096;

    /// <inheritdoc/>
    public override string Name => tool.Name;

    /// <inheritdoc/>
    public override string Description => tool.Description;

    /// <inheritdoc/>
    public override JsonElement JsonSchema => tool.JsonSchema;

    /// <summary>Runs one call; <paramref name="turn"/> says who made it.</summary>
    public async Task<string> RunAsync(JsonElement arguments, ToolTurn? turn, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (tool.Validate(arguments) is { } invalid)
        {
            return ToolErrors.InvalidArguments(Name, invalid);
        }

        var call = new ToolCall(agentId, turn?.Channel, turn?.User, arguments);
        SandboxResult result;
        try
        {
            var request = new SandboxRequest(agentId, program.CommandFor(Name, limits.MemoryMb), workspaceDirectory, limits)
            {
                ReadOnlyPaths = program.ReadOnlyPaths,
                StandardInput = call.ToJson(),
            };
            result = await sandbox.RunAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SandboxUnavailableException or ArgumentException)
        {
            return ToolErrors.Failed(Name, "the sandbox could not start: " + e.Message);
        }

        if (result.StandardError.Length > 0)
        {
            var text = result.StandardError.Length > MaxLoggedErrorBytes ? result.StandardError[..MaxLoggedErrorBytes] + "…" : result.StandardError;
            logger.LogInformation("Tool {Tool} of agent {Agent} wrote to stderr: {Stderr}", Name, agentId, text.TrimEnd());
        }

        return result switch
        {
            { TimedOut: true } => ToolErrors.TimedOut(Name, limits.Timeout),
            { ExitCode: 0 } => result.StandardOutput,
            { ExitCode: ToolProgram.FailedExitCode } => result.StandardOutput.StartsWith("error: ", StringComparison.Ordinal)
                ? result.StandardOutput.TrimEnd()
                : ToolErrors.Failed(Name, result.StandardOutput),
            _ => ToolErrors.Failed(Name, $"exit code {result.ExitCode}" + (LastLine(result.StandardError) is { } last ? ": " + last : "")),
        };
    }

    /// <inheritdoc/>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var json = ToolArguments.ToObject(arguments);
        var loggers = arguments.Services?.GetService(typeof(ILoggerFactory)) as ILoggerFactory ?? NullLoggerFactory.Instance;
        return await RunAsync(json, arguments.Services?.GetService(typeof(ToolTurn)) as ToolTurn, loggers.CreateLogger("NixClaw.Tools." + Name), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
