namespace NixClaw.Runtime.Roster;

/// <summary>Where the roster lives and how it is reloaded.</summary>
public sealed class RosterOptions
{
    /// <summary>The config directory holding <c>agents.json5</c> and <c>bindings.json5</c>.</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>How long the files must stay quiet after a change before they are read (editors write in bursts).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// The longest a change waits for quiet: a file that keeps changing (a slow writer, a looping script) is still read
    /// this long after its first change, and again after the next.
    /// </summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The folder holding one workspace per agent, if known. Declared agents then get <c>&lt;folder&gt;/&lt;id&gt;</c> as
    /// their workspace, and a file entry that names another workspace for a declared agent is an error.
    /// </summary>
    public string? WorkspacesDirectory { get; init; }

    /// <summary>The home directory used to expand a leading <c>~/</c> when workspaces are compared, if known.</summary>
    public string? HomeDirectory { get; init; }

    /// <summary>Full path of <c>agents.json5</c>.</summary>
    public string AgentsPath => Path.Combine(ConfigDirectory, RosterFileNames.Agents);

    /// <summary>Full path of <c>declared-agents.json5</c>.</summary>
    public string DeclaredAgentsPath => Path.Combine(ConfigDirectory, RosterFileNames.DeclaredAgents);

    /// <summary>Full path of <c>bindings.json5</c>.</summary>
    public string BindingsPath => Path.Combine(ConfigDirectory, RosterFileNames.Bindings);
}
