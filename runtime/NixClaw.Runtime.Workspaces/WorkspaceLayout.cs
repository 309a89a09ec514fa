using NixClaw.Contract;

namespace NixClaw.Runtime.Workspaces;

/// <summary>Where workspaces, templates and the shared files live (the app maps the conventions onto this).</summary>
public sealed record WorkspaceLayout
{
    /// <summary>Folder holding one workspace per agent, for example <c>~/workspaces</c>.</summary>
    public required string WorkspacesRoot { get; init; }

    /// <summary>Folder holding template folders by name; the built-in <c>default</c> template is used when <c>default</c> is absent.</summary>
    public required string TemplatesRoot { get; init; }

    /// <summary>Folder holding the shared files (<see cref="SharedFileNames"/>).</summary>
    public required string SharedDirectory { get; init; }

    /// <summary>
    /// Folder holding each workspace's git directory (<c>&lt;agent id&gt;.git</c>: objects, refs, config, index and
    /// sync state), for example <c>&lt;state dir&gt;/git</c>. It must be outside every workspace and outside what a
    /// sandbox can see: the workspace is only the work tree, so nothing an agent writes is read as git metadata.
    /// </summary>
    public required string GitRoot { get; init; }

    /// <summary>Files copied from <see cref="SharedDirectory"/> into every workspace.</summary>
    public IReadOnlyList<string> SharedFileNames { get; init; } = ["USER.md", "TOOLS.md"];

    /// <summary>The workspace folder of an agent; the id is checked so the path stays inside <see cref="WorkspacesRoot"/>.</summary>
    public string WorkspaceOf(string agentId)
    {
        if (!AgentIdRule.IsValid(agentId))
        {
            throw new ArgumentException($"Agent id '{agentId}' is not valid: {AgentIdRule.Description}.", nameof(agentId));
        }

        return Path.Combine(Path.GetFullPath(WorkspacesRoot), agentId);
    }

    /// <summary>The git directory of an agent's workspace, under <see cref="GitRoot"/> (the id is checked as in <see cref="WorkspaceOf"/>).</summary>
    public string GitDirectoryOf(string agentId)
    {
        _ = WorkspaceOf(agentId);
        return Path.Combine(Path.GetFullPath(GitRoot), agentId + ".git");
    }
}
