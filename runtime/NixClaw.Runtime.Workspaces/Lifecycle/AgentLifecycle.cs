using NixClaw.Bindings;
using NixClaw.Contract;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>
/// <c>agent new</c>, <c>agent delete</c>, <c>agent list</c> and the reconcile of declared agents. Every step checks
/// what exists before it acts, so a run interrupted anywhere completes when run again, without duplicate
/// repositories, channels, members or roster entries.
/// </summary>
public sealed partial class AgentLifecycle
{
    private readonly AgentLifecycleOptions _options;
    private readonly GiteaClient _gitea;
    private readonly IAgentChannels _channels;
    private readonly IAgentRoster _roster;
    private readonly IReadOnlyList<AgentInfo> _declared;
    private readonly WorkspaceSync _sync;
    private readonly ILifecycleHook? _hook;

    public AgentLifecycle(
        AgentLifecycleOptions options,
        GiteaClient gitea,
        IAgentChannels channels,
        IAgentRoster roster,
        IReadOnlyList<AgentInfo> declared,
        WorkspaceSync? sync = null,
        ILifecycleHook? hook = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gitea);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(declared);
        _options = options;
        _gitea = gitea;
        _channels = channels;
        _roster = roster;
        _declared = declared;
        _sync = sync ?? new WorkspaceSync(options.Git, options.Layout);
        _hook = hook;
    }

    /// <summary>Creates (or completes) a runtime agent whose id, channel and repository are all <paramref name="name"/>.</summary>
    public async Task<LifecycleReport> NewAsync(string name, NewAgentOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= new NewAgentOptions();
        ValidateRuntimeName(name);
        if (_declared.Any(a => a.Id == name))
        {
            throw new InvalidOperationException($"Agent '{name}' is declared in C#; its resources are reconciled from the declaration (`agent reconcile`), not by 'agent new'.");
        }

        var spec = new AgentSpec(name, options.DisplayName ?? name, name, ModelFor(options.Model), options.Template);
        return await ProvisionAsync(spec, isRuntime: true, cancellationToken).ConfigureAwait(false);
    }

    // Both forms name the same declared model; the roster gets OpenClaw's provider/model-id, which both gateways read.
    private string? ModelFor(string? model)
    {
        if (model is null || _options.Models.Count == 0)
        {
            return model;
        }

        return NixClaw.Runtime.Roster.ModelReference.Resolve(_options.Models, model) is { } declared
            ? NixClaw.Runtime.Roster.ModelReference.Format(declared)
            : throw new InvalidOperationException(
                $"Model '{model}' is not declared; use a declared model's name or its provider/model-id: "
                + string.Join(", ", _options.Models.Select(m => $"{m.Name} ({NixClaw.Runtime.Roster.ModelReference.Format(m)})")) + ".");
    }

    /// <summary>Gives every declared agent its repository, workspace, shared files and channel, by the same steps as <c>agent new</c>.</summary>
    public async Task<IReadOnlyList<LifecycleReport>> ReconcileDeclaredAsync(CancellationToken cancellationToken = default)
    {
        var reports = new List<LifecycleReport>();
        foreach (var agent in _declared)
        {
            reports.Add(await ReconcileDeclaredAsync(agent.Id, cancellationToken).ConfigureAwait(false));
        }

        return reports;
    }

    /// <summary>Gives one declared agent its repository, workspace, shared files and channel, by the same steps as <c>agent new</c>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="id"/> is not a declared agent.</exception>
    /// <exception cref="LifecycleException">A step failed; the steps before it stay done.</exception>
    public Task<LifecycleReport> ReconcileDeclaredAsync(string id, CancellationToken cancellationToken = default)
    {
        var agent = _declared.FirstOrDefault(a => a.Id == id)
            ?? throw new InvalidOperationException($"Agent '{id}' is not declared in C#; declared agents: {string.Join(", ", _declared.Select(a => a.Id))}.");
        var spec = new AgentSpec(agent.Id, agent.DisplayName, agent.Channel, agent.Model, agent.WorkspaceTemplate);
        return ProvisionAsync(spec, isRuntime: false, cancellationToken);
    }

    /// <summary>
    /// Removes a runtime agent: final sync, channel archived, roster entries removed; the Gitea repository and the
    /// local workspace are deleted only when <paramref name="deleteRepository"/> is set.
    /// </summary>
    public async Task<LifecycleReport> DeleteAsync(string name, bool deleteRepository, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ValidateRuntimeName(name);
        if (_declared.Any(a => a.Id == name))
        {
            throw new InvalidOperationException($"Agent '{name}' is declared in C#; remove it from the declarations instead.");
        }

        var steps = new List<StepReport>();
        var workspace = _options.Layout.WorkspaceOf(name);

        await RunStepAsync(name, LifecycleStep.FinalSync, steps, async ct =>
        {
            if (!WorkspaceRepository.Exists(_options.Layout, name))
            {
                return "no workspace";
            }

            var result = await _sync.SyncAsync(name, null, ct).ConfigureAwait(false);
            return result.IsInSync
                ? result.Outcome.ToString().ToLowerInvariant()
                : $"{result.Outcome} ({result.Message}); local commits stay in {workspace}";
        }, cancellationToken).ConfigureAwait(false);

        await RunStepAsync(name, LifecycleStep.ArchiveChannel, steps, async ct =>
            await _channels.ArchiveAsync(name, ct).ConfigureAwait(false) ? "archived" : "absent or already archived", cancellationToken).ConfigureAwait(false);

        await RunStepAsync(name, LifecycleStep.RemoveFromRoster, steps, _ =>
            Task.FromResult(_roster.RemoveAgent(name) ? "removed" : "not in the roster"), cancellationToken).ConfigureAwait(false);

        if (deleteRepository)
        {
            await RunStepAsync(name, LifecycleStep.DeleteRepository, steps, async ct =>
            {
                var deleted = await _gitea.DeleteRepositoryAsync(_options.GiteaOrganization, name, ct).ConfigureAwait(false);
                DeleteWorkspaceFolder(workspace);
                DeleteWorkspaceFolder(_options.Layout.GitDirectoryOf(name));
                return deleted ? "repository and workspace deleted" : "repository absent; workspace deleted";
            }, cancellationToken).ConfigureAwait(false);
        }

        return new LifecycleReport(name, steps);
    }

    /// <summary>Declared and runtime agents with their channel, repository and last sync (local information only).</summary>
    public Task<IReadOnlyList<AgentListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var listings = new List<AgentListing>();
        foreach (var agent in _declared)
        {
            listings.Add(Listing(agent.Id, isDeclared: true, agent.DisplayName, agent.Channel, []));
        }

        foreach (var entry in _roster.RuntimeAgents())
        {
            cancellationToken.ThrowIfCancellationRequested();
            listings.Add(Listing(entry.Id, isDeclared: false, entry.Name, entry.Id, entry.ChannelIds));
        }

        return Task.FromResult<IReadOnlyList<AgentListing>>([.. listings.OrderBy(l => l.Id, StringComparer.Ordinal)]);
    }

    private AgentListing Listing(string id, bool isDeclared, string? displayName, string channel, IReadOnlyList<string> channelIds)
    {
        var workspace = _options.Layout.WorkspaceOf(id);
        var state = SyncState.Read(_options.Layout, id);
        return new AgentListing(
            id,
            isDeclared,
            displayName,
            channel,
            channelIds,
            _options.GiteaOrganization + "/" + id,
            workspace,
            WorkspaceRepository.Exists(_options.Layout, id),
            state?.LastSuccess,
            state?.Outcome);
    }

    /// <summary>Runtime names are agent id, channel name and repository name at once: the strictest rule of the three.</summary>
    private static void ValidateRuntimeName(string name)
    {
        if (!AgentIdRule.IsValid(name) || ChannelNameRule.Problem(name) is not null)
        {
            throw new ArgumentException(
                $"Agent name '{name}' is not valid: use 1 to 64 lowercase letters, digits, '-' or '_', starting with a letter or digit (it is also the channel and repository name).",
                nameof(name));
        }
    }

    /// <summary>
    /// Removes a workspace. Its content is the agent's (hostile): links are never followed, neither to recurse nor to
    /// make a file writable (chmod follows a link, so a link to a host file would have changed that file's mode), and
    /// <see cref="Directory.Delete(string, bool)"/> removes a link itself, not what it points to.
    /// </summary>
    internal static void DeleteWorkspaceFolder(string workspace)
    {
        if (!Directory.Exists(workspace))
        {
            return;
        }

        // Unlinks every entry (a symlink is removed, never followed); read-only git objects do not stop unlink(2) on Unix.
        Directory.Delete(workspace, recursive: true);
    }

    private async Task RunStepAsync(string agentId, LifecycleStep step, List<StepReport> steps, Func<CancellationToken, Task<string>> action, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string outcome;
        try
        {
            if (_hook is not null)
            {
                await _hook.BeforeStepAsync(agentId, step, cancellationToken).ConfigureAwait(false);
            }

            outcome = await action(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not LifecycleException)
        {
            throw new LifecycleException(agentId, step, e);
        }

        steps.Add(new StepReport(step, outcome));
        if (_hook is not null)
        {
            await _hook.AfterStepAsync(agentId, step, outcome, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What provisioning needs to know about an agent, declared or not.</summary>
    private sealed record AgentSpec(string Id, string DisplayName, string Channel, string? Model, string Template);
}
