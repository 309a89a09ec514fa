using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Sandbox.Files;

namespace NixClaw.Tools;

/// <summary>
/// What a C# agent tool (<see cref="AgentToolAttribute"/>) may use while it runs: who called it, the agent's workspace
/// through the same checked file layer as the built-in file tools, an HTTP client subject to the agent's network
/// policy, and a logger. A parameter of this type is filled in by NixClaw, never by the model.
/// </summary>
public sealed class ToolContext
{
    /// <summary>The calling agent's id.</summary>
    public required string AgentId { get; init; }

    /// <summary>The Mattermost channel (or <c>chat</c> session) of the turn, when there is one.</summary>
    public string? Channel { get; init; }

    /// <summary>The user whose message started the turn, when known.</summary>
    public string? User { get; init; }

    /// <summary>The agent's workspace; every path is relative to it and checked without following links.</summary>
    public required WorkspaceFiles Files { get; init; }

    /// <summary>HTTP client; in the sandbox it has the agent's network, which is none unless declared.</summary>
    public required HttpClient Http { get; init; }

    /// <summary>Logger for the tool's own messages.</summary>
    public required ILogger Logger { get; init; }
}
