using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>One line of <c>agent list</c>.</summary>
/// <param name="Id">Agent id.</param>
/// <param name="IsDeclared">Declared in C# (otherwise added at run time).</param>
/// <param name="DisplayName">Display name, if any.</param>
/// <param name="Channel">Mattermost channel name.</param>
/// <param name="ChannelIds">Bound channel ids known from the roster (empty for declared agents, which bind by name).</param>
/// <param name="Repository">Gitea repository, <c>org/id</c>.</param>
/// <param name="Workspace">Workspace folder.</param>
/// <param name="WorkspaceExists">Whether the workspace is a git repository on disk.</param>
/// <param name="LastSync">Last sync that ended in step with the remote.</param>
/// <param name="LastOutcome">Outcome of the last sync attempt.</param>
public sealed record AgentListing(
    string Id,
    bool IsDeclared,
    string? DisplayName,
    string Channel,
    IReadOnlyList<string> ChannelIds,
    string Repository,
    string Workspace,
    bool WorkspaceExists,
    DateTimeOffset? LastSync,
    SyncOutcome? LastOutcome);
