namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>A runtime agent as the roster files hold it.</summary>
/// <param name="Id">Agent id.</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Workspace">Workspace folder as written, if any.</param>
/// <param name="Model">Model, if any.</param>
/// <param name="ChannelIds">Mattermost channel ids bound to it.</param>
public sealed record RuntimeAgentEntry(string Id, string? Name, string? Workspace, string? Model, IReadOnlyList<string> ChannelIds);
