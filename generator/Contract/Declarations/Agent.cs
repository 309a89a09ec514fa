using System.Collections.Generic;

namespace NixClaw;

/// <summary>An AI agent: a Mattermost channel, a git workspace on Gitea, a model and its tools.</summary>
/// <param name="Id">Agent id: <c>^[a-z0-9_][a-z0-9_-]{0,63}$</c> (the OpenClaw rule); also the repository name.</param>
/// <param name="Channel">Mattermost channel name: lowercase letters, digits, <c>-</c> and <c>_</c>, 1 to 64 characters.</param>
public sealed record Agent(string Id, string Channel)
{
    /// <summary>Name shown for the channel and the agent.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Model; the default model when null.</summary>
    public Model? Model { get; init; }

    /// <summary>Tools the agent may call.</summary>
    public IReadOnlyList<Tool> Tools { get; init; } = [];

    /// <summary>Limits of the sandbox the agent's tools run in.</summary>
    public SandboxPolicy Sandbox { get; init; } = new();

    /// <summary>Workspace template folder name.</summary>
    public string WorkspaceTemplate { get; init; } = "default";

    /// <summary>Minutes between commits and pushes of the workspace.</summary>
    public int SyncIntervalMinutes { get; init; } = 15;

    /// <summary>Most model calls in one turn.</summary>
    public int MaxTurns { get; init; } = 20;
}
