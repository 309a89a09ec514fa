using System.CommandLine;
using NixClaw.Runtime.Agents;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>agent new|delete|list</c>: runtime agents (repository, workspace, channel, roster), on the host.</summary>
internal sealed class AgentVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("agent", "Create, remove and list agents (Gitea repository, workspace, Mattermost channel, roster), on the host")
        {
            New(context), Reconcile(context), Delete(context), List(context),
        };
        context.AddExamples(command,
            new Example("agent new research-2", "Repository, workspace from template, channel, members, roster entry"),
            new Example("agent reconcile", "Repository, workspace and channel for every agent declared in C#"),
            new Example("agent list", "Declared and runtime agents with their last sync"));
        return command;
    }

    private static Command Reconcile(VerbContext context)
    {
        var ids = new Argument<string[]>("id") { Description = "Declared agents to reconcile (default: all)", Arity = ArgumentArity.ZeroOrMore };
        var json = VerbContext.JsonOption();
        var command = new Command("reconcile", "Give agents declared in C# their repository, workspace, shared files, channel and members; every step is idempotent") { ids, json };
        context.AddExamples(command,
            new Example("agent reconcile", "After a deploy that declares a new agent: creates what is missing, reuses what exists"),
            new Example("agent reconcile research", "Only the declared agent 'research'"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            var requested = parseResult.GetValue(ids) is { Length: > 0 } given ? given : [.. context.Manifest.AllAgents.Select(a => a.Id)];
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            var lifecycle = services.Lifecycle(asJson ? null : new ConsoleLifecycleHook(context.Environment.Out));
            var reports = new List<LifecycleReport>();
            var failed = 0;
            // One agent's failure (its channel name taken, a push refused) must not leave the others unprovisioned.
            foreach (var id in requested)
            {
                try
                {
                    reports.Add(await LifecycleErrors.TranslateAsync(() => lifecycle.ReconcileDeclaredAsync(id, cancellationToken)).ConfigureAwait(false));
                }
                catch (OperatorException e) when (requested.Length > 1)
                {
                    failed++;
                    context.Environment.Error.WriteLine($"error: {e.Message}");
                }
            }

            if (asJson)
            {
                JsonOutput.Write(context.Environment.Out, reports);
            }
            else if (requested.Length == 0)
            {
                context.Environment.Out.WriteLine("No agents are declared in C#.");
            }
            else
            {
                context.Environment.Out.WriteLine($"{reports.Count} of {requested.Length} declared agent(s) reconciled.");
            }

            return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static Command New(VerbContext context)
    {
        var name = new Argument<string>("name") { Description = "Agent id, channel and repository name (lowercase letters, digits, '-' and '_')" };
        var displayName = new Option<string?>("--display-name") { Description = "Display name of the agent and its channel" };
        var model = new Option<string?>("--model") { Description = "Declared model: its name or OpenClaw's provider/model-id, e.g. gpt or gpt/gpt-4.1 (default: the default model)" };
        var template = new Option<string>("--template") { Description = "Workspace template folder", DefaultValueFactory = _ => "default" };
        var json = VerbContext.JsonOption();
        var command = new Command("new", "Create (or complete) a runtime agent; every step is idempotent") { name, displayName, model, template, json };
        context.AddExamples(command,
            new Example("agent new garden", "Creates everything for agent 'garden'; run again to complete an interrupted run"),
            new Example("agent new garden --display-name \"Garden planner\" --model gpt", "With a display name and a model"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            var lifecycle = services.Lifecycle(asJson ? null : new ConsoleLifecycleHook(context.Environment.Out));
            var options = new NewAgentOptions
            {
                DisplayName = parseResult.GetValue(displayName),
                Model = parseResult.GetValue(model),
                Template = parseResult.GetValue(template)!,
            };
            var report = await LifecycleErrors.TranslateAsync(() => lifecycle.NewAsync(parseResult.GetValue(name)!, options, cancellationToken)).ConfigureAwait(false);
            WriteReport(context, report, asJson, $"Agent '{report.AgentId}' is ready: post in its channel.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Delete(VerbContext context)
    {
        var name = new Argument<string>("name") { Description = "The runtime agent to remove" };
        var deleteRepository = new Option<bool>("--delete-repo") { Description = "Also delete the Gitea repository and the local workspace (otherwise both are kept)" };
        var json = VerbContext.JsonOption();
        var command = new Command("delete", "Remove a runtime agent: final sync, channel archived, roster entry removed") { name, deleteRepository, json };
        context.AddExamples(command,
            new Example("agent delete garden", "Archive its channel and drop it from the roster; repository and workspace stay"),
            new Example("agent delete garden --delete-repo", "Also delete the repository and the workspace"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var asJson = parseResult.GetValue(json);
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            var lifecycle = services.Lifecycle(asJson ? null : new ConsoleLifecycleHook(context.Environment.Out));
            var report = await LifecycleErrors.TranslateAsync(() => lifecycle.DeleteAsync(parseResult.GetValue(name)!, parseResult.GetValue(deleteRepository), cancellationToken)).ConfigureAwait(false);
            WriteReport(context, report, asJson, $"Agent '{report.AgentId}' removed.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(VerbContext context)
    {
        var json = VerbContext.JsonOption();
        var command = new Command("list", "List declared and runtime agents with channel, repository and last sync (local information only)") { json };
        context.AddExamples(command, new Example("agent list --json | jq -r '.[].id'", "The ids, for a script"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            using var services = WorkspaceServices.Create(context.Manifest, context.Directories, context.Environment);
            // Listing reads local files only (roster, workspaces): no server is contacted.
            var listing = await services.Lifecycle(null).ListAsync(cancellationToken).ConfigureAwait(false);
            var output = context.Environment.Out;
            if (parseResult.GetValue(json))
            {
                JsonOutput.Write(output, listing);
                return ExitCodes.Ok;
            }

            foreach (var agent in listing)
            {
                var kind = agent.IsDeclared ? "declared" : "runtime";
                var sync = agent.LastSync is { } at ? $"synced {at:yyyy-MM-dd HH:mm}" : agent.WorkspaceExists ? "never synced" : "no workspace";
                output.WriteLine($"{agent.Id,-20} {kind,-8} #{agent.Channel,-20} {agent.Repository,-30} {sync}{(agent.LastOutcome is { } o ? $" ({o})" : "")}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteReport(VerbContext context, LifecycleReport report, bool asJson, string done)
    {
        if (asJson)
        {
            JsonOutput.Write(context.Environment.Out, report);
        }
        else
        {
            context.Environment.Out.WriteLine(done);
        }
    }
}
