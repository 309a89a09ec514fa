namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>The mutable roster (agents.json5 + bindings.json5 in production: <see cref="RosterFilesAgentRoster"/>).</summary>
public interface IAgentRoster
{
    /// <summary>Runtime agents in the files (declared agents are not listed).</summary>
    IReadOnlyList<RuntimeAgentEntry> RuntimeAgents();

    /// <summary>Adds or updates a runtime agent entry; true when the file changed.</summary>
    bool SetAgent(string id, string? name, string? workspace, string? model);

    /// <summary>Binds a channel to the agent; true when the file changed.</summary>
    bool BindChannel(string agentId, string channelId);

    /// <summary>Removes the agent and its bindings; true when anything changed.</summary>
    bool RemoveAgent(string id);
}
