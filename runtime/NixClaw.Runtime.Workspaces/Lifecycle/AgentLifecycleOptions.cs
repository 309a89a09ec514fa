using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>Everything <see cref="AgentLifecycle"/> needs besides its services (the app maps the manifest and conventions onto this).</summary>
public sealed record AgentLifecycleOptions
{
    /// <summary>Workspace, template and shared-file folders.</summary>
    public required WorkspaceLayout Layout { get; init; }

    /// <summary>Gitea organisation owning the workspace repositories (<c>GiteaInfo.Organization</c>).</summary>
    public required string GiteaOrganization { get; init; }

    /// <summary>Git credentials, branch and commit identity.</summary>
    public required GitOptions Git { get; init; }

    /// <summary>Mattermost user name of the bot (<c>MattermostInfo.Bot</c>), added to every agent channel.</summary>
    public required string BotUserName { get; init; }

    /// <summary>Mattermost users added to every agent channel (<c>MattermostInfo.Operators</c>).</summary>
    public IReadOnlyList<string> Operators { get; init; } = [];

    /// <summary>
    /// Declared models (<c>HostManifest.AllModels</c>). When set, <c>agent new --model</c> takes a declared name or
    /// OpenClaw's <c>provider/model-id</c>, refuses anything else, and writes the <c>provider/model-id</c> form.
    /// </summary>
    public IReadOnlyList<NixClaw.Bindings.ModelInfo> Models { get; init; } = [];
}
