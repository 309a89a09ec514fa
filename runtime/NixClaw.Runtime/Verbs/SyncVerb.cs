using System.CommandLine;
using NixClaw.Runtime.Agents;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>sync [agent]</c>: commit and push workspaces to Gitea now (the timer runs this every 15 minutes), on the host.</summary>
internal sealed class SyncVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var agent = new Argument<string?>("agent") { Description = "Only this agent (default: all)", Arity = ArgumentArity.ZeroOrOne };
        var json = VerbContext.JsonOption();
        var command = new Command("sync", "Commit, integrate and push agent workspaces now; never loses a local commit") { agent, json };
        context.AddExamples(command,
            new Example("sync", "Every workspace; exit 0 when all are in step with Gitea, 1 otherwise"),
            new Example("sync research", "One agent"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            var service = services.SyncService();
            var only = parseResult.GetValue(agent);
            var output = context.Environment.Out;
            var progress = asJson ? null : new Progress<SyncProgress>(p =>
            {
                if (p.Result is { } r)
                {
                    output.WriteLine($"  [{p.Completed}/{p.Total}] {p.AgentId}: {Describe(r)}");
                }
            });
            var results = await LifecycleErrors.TranslateAsync(async () => only is null
                ? await service.SyncAllAsync(progress, cancellationToken).ConfigureAwait(false)
                : [await service.SyncOneAsync(only, cancellationToken).ConfigureAwait(false)]).ConfigureAwait(false);
            if (asJson)
            {
                JsonOutput.Write(output, results);
            }
            else if (only is not null)
            {
                output.WriteLine($"{only}: {Describe(results[0])}");
            }

            return results.All(r => r.IsInSync) ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static string Describe(WorkspaceSyncResult result) =>
        $"{result.Outcome}" + (result.CommittedFiles.Count > 0 ? $", {result.CommittedFiles.Count} file(s) committed" : "")
        + (result.PulledCommits > 0 ? $", {result.PulledCommits} pulled" : "") + (result.PushedCommits > 0 ? $", {result.PushedCommits} pushed" : "")
        + (result.Message is { } m ? $" ({m})" : "");
}
