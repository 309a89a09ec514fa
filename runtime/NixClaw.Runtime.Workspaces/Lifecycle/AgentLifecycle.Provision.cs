using System.Globalization;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;

namespace NixClaw.Runtime.Workspaces.Lifecycle;

public sealed partial class AgentLifecycle
{
    private async Task<LifecycleReport> ProvisionAsync(AgentSpec spec, bool isRuntime, CancellationToken cancellationToken)
    {
        var steps = new List<StepReport>();
        var workspace = _options.Layout.WorkspaceOf(spec.Id);
        GiteaRepository? repository = null;
        AgentChannel? channel = null;

        await RunStepAsync(spec.Id, LifecycleStep.Repository, steps, async ct =>
        {
            var request = new GiteaCreateRepository(spec.Id, $"Workspace of the NixClaw agent {spec.Id}", IsPrivate: true, _options.Git.Branch);
            (repository, var created) = await _gitea.EnsureOrganizationRepositoryAsync(_options.GiteaOrganization, request, ct).ConfigureAwait(false);
            return created ? "created " + repository.FullName : "reused " + repository.FullName;
        }, cancellationToken).ConfigureAwait(false);

        await RunStepAsync(spec.Id, LifecycleStep.Workspace, steps, ct => Task.Run(() =>
        {
            // The remote URL comes from the declarations (GitOptions.RemoteUrlOf), not from the API's clone_url.
            var restoring = !Directory.Exists(workspace) && Directory.Exists(_options.Layout.GitDirectoryOf(spec.Id));
            if (!WorkspaceRepository.Ensure(_options.Layout, spec.Id, _options.Git))
            {
                return restoring ? "checked out from its git directory" : "exists";
            }

            // A repository that already has commits (an earlier run, or a re-created agent) is the workspace's content.
            if (!repository!.IsEmpty && WorkspaceRepository.AdoptRemote(_options.Layout, spec.Id, _options.Git))
            {
                return "checked out " + repository.FullName;
            }

            var template = WorkspaceTemplate.Load(_options.Layout.TemplatesRoot, spec.Template);
            var written = template.WriteInto(workspace, TemplateValues(spec, repository));
            return string.Create(CultureInfo.InvariantCulture, $"template '{template.Name}': {written.Count} files");
        }, ct), cancellationToken).ConfigureAwait(false);

        await RunStepAsync(spec.Id, LifecycleStep.SharedFiles, steps, _ =>
        {
            var written = SharedFiles.Load(_options.Layout).Refresh(workspace);
            return Task.FromResult(written.Count == 0 ? "current" : "copied " + string.Join(", ", written));
        }, cancellationToken).ConfigureAwait(false);

        await RunStepAsync(spec.Id, LifecycleStep.Push, steps, async ct =>
        {
            var result = await _sync.SyncAsync(spec.Id, null, ct).ConfigureAwait(false);
            if (!result.IsInSync)
            {
                throw new InvalidOperationException($"sync {result.Outcome}: {result.Message}");
            }

            return result.PushedCommits > 0
                ? string.Create(CultureInfo.InvariantCulture, $"pushed {result.PushedCommits} commit(s)")
                : "up to date";
        }, cancellationToken).ConfigureAwait(false);

        await RunStepAsync(spec.Id, LifecycleStep.Channel, steps, async ct =>
        {
            (channel, var change) = await _channels.EnsureAsync(spec.Channel, spec.DisplayName, $"NixClaw agent {spec.Id}", ct).ConfigureAwait(false);
            return change.ToString().ToLowerInvariant() + " " + channel.Name;
        }, cancellationToken).ConfigureAwait(false);

        await RunStepAsync(spec.Id, LifecycleStep.Members, steps, async ct =>
        {
            var added = new List<string>();
            foreach (var user in new[] { _options.BotUserName }.Concat(_options.Operators).Distinct(StringComparer.Ordinal))
            {
                if (await _channels.EnsureMemberAsync(channel!.Id, user, ct).ConfigureAwait(false))
                {
                    added.Add(user);
                }
            }

            return added.Count == 0 ? "all members present" : "added " + string.Join(", ", added);
        }, cancellationToken).ConfigureAwait(false);

        if (isRuntime)
        {
            await RunStepAsync(spec.Id, LifecycleStep.RosterEntry, steps, _ =>
                Task.FromResult(_roster.SetAgent(spec.Id, spec.DisplayName, workspace, spec.Model) ? "written" : "unchanged"), cancellationToken).ConfigureAwait(false);

            await RunStepAsync(spec.Id, LifecycleStep.RosterBinding, steps, _ =>
                Task.FromResult(_roster.BindChannel(spec.Id, channel!.Id) ? "bound to " + channel.Id : "unchanged"), cancellationToken).ConfigureAwait(false);
        }

        return new LifecycleReport(spec.Id, steps);
    }

    private static Dictionary<string, string> TemplateValues(AgentSpec spec, GiteaRepository repository) => new(StringComparer.Ordinal)
    {
        ["agent.id"] = spec.Id,
        ["agent.name"] = spec.DisplayName,
        ["agent.channel"] = spec.Channel,
        ["agent.model"] = spec.Model ?? "default",
        ["workspace.repository"] = repository.FullName,
        ["workspace.url"] = repository.HtmlUrl,
    };
}
