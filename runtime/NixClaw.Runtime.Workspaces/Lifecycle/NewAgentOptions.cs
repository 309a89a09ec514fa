namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>Optional settings of <c>agent new</c>.</summary>
public sealed record NewAgentOptions
{
    /// <summary>Display name of the agent and its channel; the name when null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Model; the default model when null.</summary>
    public string? Model { get; init; }

    /// <summary>Workspace template folder name.</summary>
    public string Template { get; init; } = "default";
}
