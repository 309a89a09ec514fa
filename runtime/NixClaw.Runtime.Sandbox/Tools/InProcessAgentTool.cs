using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// A C# tool declared <c>[AgentTool(InProcess = true)]</c>: it runs in the gateway process, with the gateway's user,
/// files and network, through the generated function's dictionary binding and a <see cref="ToolContext"/>
/// for the agent. Only the time limit and the error handling of a sandboxed tool apply.
/// </summary>
public sealed class InProcessAgentTool(AgentToolFunction tool, string agentId, WorkspaceFiles files, HttpClient http, TimeSpan timeout) : AIFunction
{
    /// <inheritdoc/>
    public override string Name => tool.Name;

    /// <inheritdoc/>
    public override string Description => tool.Description;

    /// <inheritdoc/>
    public override JsonElement JsonSchema => tool.JsonSchema;

    /// <inheritdoc/>
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var turn = arguments.Services?.GetService(typeof(ToolTurn)) as ToolTurn;
        var loggers = arguments.Services?.GetService(typeof(ILoggerFactory)) as ILoggerFactory ?? NullLoggerFactory.Instance;
        var context = new ToolContext
        {
            AgentId = agentId,
            Channel = turn?.Channel,
            User = turn?.User,
            Files = files,
            Http = http,
            Logger = loggers.CreateLogger("NixClaw.Tools." + Name),
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            // The arguments are parsed from the dictionary's values as they are, and checked before the method runs.
            return await tool.InvokeAsync(arguments, context, deadline.Token).ConfigureAwait(false);
        }
        catch (ToolArgumentException e)
        {
            return ToolErrors.InvalidArguments(Name, e.Message);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ToolErrors.TimedOut(Name, timeout);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.Logger.LogWarning(e, "Tool {Tool} of agent {Agent} failed", Name, agentId);
            return ToolErrors.Failed(Name, e);
        }
    }
}
