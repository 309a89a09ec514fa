using NixClaw.Bindings;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary><see cref="IAgentRoster"/> over the comment-preserving roster file editor.</summary>
public sealed class RosterFilesAgentRoster : IAgentRoster
{
    private readonly RosterOptions _options;
    private readonly IReadOnlyList<AgentInfo> _declared;
    private readonly RosterFiles _files;

    public RosterFilesAgentRoster(RosterOptions options, IReadOnlyList<AgentInfo> declared)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(declared);
        _options = options;
        _declared = declared;
        _files = new RosterFiles(options, declared);
    }

    /// <inheritdoc/>
    public IReadOnlyList<RuntimeAgentEntry> RuntimeAgents()
    {
        var result = RosterLoader.Load(_options, _declared);
        if (result.Roster is not { } roster)
        {
            throw new InvalidOperationException("The roster files are invalid: " + string.Join("; ", result.Errors.Select(e => e.ToString())));
        }

        return
        [
            .. roster.Agents.Where(a => !a.IsDeclared).Select(a => new RuntimeAgentEntry(
                a.Id,
                a.Name,
                a.Workspace,
                a.Model,
                [.. roster.Bindings.Where(b => b.AgentId == a.Id && b.Channel == NixClaw.Runtime.Roster.Roster.MattermostChannel && b.PeerKind == "channel" && b.PeerId is not null).Select(b => b.PeerId!)])),
        ];
    }

    /// <inheritdoc/>
    public bool SetAgent(string id, string? name, string? workspace, string? model) => _files.SetAgent(id, name, workspace, model);

    /// <inheritdoc/>
    public bool BindChannel(string agentId, string channelId) => _files.AddMattermostBinding(agentId, channelId);

    /// <inheritdoc/>
    public bool RemoveAgent(string id) => _files.RemoveAgent(id);
}
