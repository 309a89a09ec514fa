using NixClaw.Bindings;

namespace NixClaw.Runtime;

/// <summary>
/// The runtime folders by convention, resolved once so the gateway and workspace libraries get explicit paths:
/// config <c>$NIXCLAW_CONFIG_DIR</c> else <c>~/.openclaw</c>; state <c>$NIXCLAW_STATE_DIR</c> else <c>$STATE_DIRECTORY</c> else
/// <c>$XDG_STATE_HOME/nixclaw</c> else <c>~/.local/state/nixclaw</c>; workspaces <c>~/&lt;GatewayInfo.WorkspacesDirectory&gt;</c>;
/// templates, shared files and skills under the config folder.
/// </summary>
/// <param name="ConfigDirectory">openclaw.json, agents.json5, bindings.json5.</param>
/// <param name="StateDirectory">The SQLite database and other state.</param>
/// <param name="WorkspacesDirectory">One folder per agent id.</param>
internal sealed record RuntimeDirectories(string ConfigDirectory, string StateDirectory, string WorkspacesDirectory)
{
    /// <summary>Overrides the config folder.</summary>
    public const string ConfigVariable = "NIXCLAW_CONFIG_DIR";

    /// <summary>Overrides the state folder (before systemd's <c>$STATE_DIRECTORY</c>).</summary>
    public const string StateVariable = "NIXCLAW_STATE_DIR";

    /// <summary>The SQLite database (<c>nixclaw.db</c> in the state folder).</summary>
    public string DatabasePath => Path.Combine(StateDirectory, "nixclaw.db");

    /// <summary>
    /// The agents' git directories (<c>&lt;state&gt;/git/&lt;agent id&gt;.git</c>): repository, config and sync state of
    /// each workspace, kept out of the workspace so no sandbox can see or change them.
    /// </summary>
    public string GitDirectory => Path.Combine(StateDirectory, "git");

    /// <summary>Workspace templates by name (<c>&lt;config&gt;/templates/&lt;name&gt;</c>; the built-in default when absent).</summary>
    public string TemplatesDirectory => Path.Combine(ConfigDirectory, "templates");

    /// <summary>Shared USER.md and TOOLS.md copied into every workspace.</summary>
    public string SharedDirectory => Path.Combine(ConfigDirectory, "shared");

    /// <summary>The clone of the shared skills repository (OpenClaw's managed skills folder).</summary>
    public string SkillsDirectory => Path.Combine(ConfigDirectory, "skills");

    /// <summary>The workspace of one agent.</summary>
    public string WorkspaceOf(string agentId) => Path.Combine(WorkspacesDirectory, agentId);

    /// <summary>Applies the conventions to <paramref name="environment"/>.</summary>
    public static RuntimeDirectories Resolve(HostManifest manifest, AppEnvironment environment)
    {
        var home = environment.HomeDirectory;
        var config = environment.GetVariable(ConfigVariable) is { Length: > 0 } c ? c : Path.Combine(home, ".openclaw");
        var state = environment.GetVariable(StateVariable) is { Length: > 0 } explicitState ? explicitState
            : environment.GetVariable("STATE_DIRECTORY") is { Length: > 0 } s
            // systemd may pass several folders separated by ':'; the first is ours.
            ? s.Split(':')[0]
            : environment.GetVariable("XDG_STATE_HOME") is { Length: > 0 } x ? Path.Combine(x, "nixclaw") : Path.Combine(home, ".local", "state", "nixclaw");
        return new RuntimeDirectories(config, state, Path.Combine(home, manifest.Gateway.WorkspacesDirectory));
    }
}
