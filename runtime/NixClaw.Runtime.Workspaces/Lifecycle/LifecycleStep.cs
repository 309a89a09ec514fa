namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>The steps of <c>agent new</c> (and of reconciling a declared agent), in order. Each one is idempotent.</summary>
public enum LifecycleStep
{
    /// <summary>Private Gitea repository in the organisation (reused when it exists).</summary>
    Repository,

    /// <summary>Workspace folder: git repository, remote, template files (or the existing remote content).</summary>
    Workspace,

    /// <summary>Shared USER.md and TOOLS.md copied in as regular files.</summary>
    SharedFiles,

    /// <summary>First commit and push (a later run pushes whatever is not on the remote yet).</summary>
    Push,

    /// <summary>Mattermost channel: reused, restored when archived, or created.</summary>
    Channel,

    /// <summary>Bot and operators added to the channel.</summary>
    Members,

    /// <summary>Runtime agent entry in agents.json5 (runtime agents only).</summary>
    RosterEntry,

    /// <summary>Channel binding in bindings.json5 (runtime agents only).</summary>
    RosterBinding,

    /// <summary>Delete: final sync of the workspace before anything is removed.</summary>
    FinalSync,

    /// <summary>Delete: archive the channel.</summary>
    ArchiveChannel,

    /// <summary>Delete: remove the roster entry and bindings.</summary>
    RemoveFromRoster,

    /// <summary>Delete (with the explicit flag only): delete the Gitea repository and the local workspace.</summary>
    DeleteRepository,
}
