using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Bindings;
using NixClaw.Runtime.Agents;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Tools;

namespace NixClaw.Runtime.Verbs;

/// <summary>
/// <c>tool list|schema|run</c>: the program's C# tools without Mattermost. <c>run</c> builds the tool exactly as the
/// gateway does for the agent (validation, its sandbox and limits, or the gateway process for an in-process tool)
/// and prints what the model would read.
/// </summary>
internal sealed class ToolVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("tool", "Try the program's C# agent tools ([AgentTool] methods) without Mattermost")
        {
            List(context),
            Schema(context),
            Run(context),
        };
        context.AddExamples(command,
            new Example("tool list", "Every C# tool: where it runs, which agents have it, its description"),
            new Example("tool schema water_bed", "The JSON schema the model sees for water_bed"),
            new Example("tool run water_bed --agent gardener --args '{\"bed\":\"north\",\"litres\":2}'",
                "Run it as agent gardener would: arguments validated, then the agent's sandbox; prints the result"));
        return command;
    }

    private static Command List(VerbContext context)
    {
        var command = new Command("list", "List the C# tools: name, where it runs, the agents that have it, description");
        context.AddExamples(command, new Example("tool list", "One tool per line"));
        context.SetAction(command, (_, _) =>
        {
            var tools = DeclaredTools.Of(context.Manifest);
            if (tools.Count == 0)
            {
                context.Environment.Out.WriteLine("This program declares no C# tools ([AgentTool] methods).");
            }

            foreach (var tool in tools)
            {
                var agents = context.Manifest.AllAgents.Where(a => a.Tools.Contains(tool.Name, StringComparer.Ordinal)).Select(a => a.Id).ToList();
                context.Environment.Out.WriteLine(
                    $"{tool.Name}\t{(tool.RunsInProcess ? "in-process" : "sandbox")}\tagents: {(agents.Count == 0 ? "(none)" : string.Join(", ", agents))}\t{tool.Description}");
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Schema(VerbContext context)
    {
        var command = new Command("schema", "Print a tool's name, description and JSON schema as the model receives them");
        var name = new Argument<string>("name") { Description = "The tool's name (see tool list)" };
        command.Arguments.Add(name);
        context.AddExamples(command, new Example("tool schema water_bed", "Indented JSON"));
        context.SetAction(command, (parseResult, _) =>
        {
            var tool = DeclaredTools.Find(context.Manifest, parseResult.GetValue(name)!);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteString("name", tool.Name);
                writer.WriteString("description", tool.Description);
                writer.WritePropertyName("parameters");
                tool.JsonSchema.WriteTo(writer);
                writer.WriteEndObject();
            }

            context.Environment.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command Run(VerbContext context)
    {
        var command = new Command("run", "Run one tool exactly as an agent would (validation, sandbox, limits) and print the result");
        var name = new Argument<string>("name") { Description = "The tool's name (see tool list)" };
        var agentOption = new Option<string?>("--agent") { Description = "The agent to run it as (default: the only agent that has the tool)", HelpName = "id" };
        var argsOption = new Option<string>("--args") { Description = "The arguments, a JSON object as the model would send", HelpName = "json", DefaultValueFactory = _ => "{}" };
        var workspace = new Option<string?>("--workspace")
        {
            Description = "The agent's workspace (default: its workspace below the runtime folders, as the gateway uses)",
            HelpName = "dir",
        };
        var rootFilesystem = new Option<string?>(AgentSandboxes.RootFilesystemOption)
        {
            Description = $"Root filesystem of the bubblewrap sandbox (default: ${AgentSandboxes.RootFilesystemVariable})",
            HelpName = "dir",
        };
        var sandboxUser = new Option<string?>("--sandbox-user")
        {
            Description = "When run as root: the unprivileged user whose sandbox runs the tool (the gateway's service user)",
            HelpName = "user",
        };
        command.Arguments.Add(name);
        command.Options.Add(agentOption);
        command.Options.Add(argsOption);
        command.Options.Add(workspace);
        command.Options.Add(rootFilesystem);
        command.Options.Add(sandboxUser);
        context.AddExamples(command,
            new Example("tool run water_bed --args '{\"bed\":\"north\",\"litres\":2}'", "As the only agent that has water_bed"),
            new Example("tool run disk_usage --agent ops --workspace /tmp/ops-ws", "In a scratch workspace"),
            new Example("tool run water_bed --args '{\"litres\":50}'", "Invalid arguments print the message the model would get (exit 1)"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            var tool = DeclaredTools.Find(context.Manifest, parseResult.GetValue(name)!);
            var agent = PickAgent(context.Manifest, tool, parseResult.GetValue(agentOption));
            var arguments = ParseArguments(parseResult.GetValue(argsOption)!);
            var directory = parseResult.GetValue(workspace) is { } w
                ? Path.GetFullPath(w, environment.CurrentDirectory)
                : WorkspaceServices.LayoutOf(context.Directories).WorkspaceOf(agent.Id);
            Directory.CreateDirectory(directory);

            ISandbox? sandbox = null;
            if (!tool.RunsInProcess)
            {
                var selector = AgentSandboxes.CreateSelector(
                    parseResult.GetValue(rootFilesystem) ?? environment.GetVariable(AgentSandboxes.RootFilesystemVariable), parseResult.GetValue(sandboxUser));
                try
                {
                    sandbox = await selector.SelectAsync(agent.Sandbox, cancellationToken).ConfigureAwait(false);
                }
                catch (SandboxUnavailableException e)
                {
                    throw new OperatorException(ExitCodes.Unavailable, $"tool '{tool.Name}' runs in agent '{agent.Id}''s sandbox, but {e.Message}",
                        $"Set up rootless Podman, or pass {AgentSandboxes.RootFilesystemOption} <dir> for bubblewrap.");
                }
            }

            using var http = environment.CreateHttpClient();
            var function = AgentTools.Create(agent with { Tools = [tool.Name] }, new AgentToolEnvironment
            {
                WorkspaceDirectory = directory,
                Sandbox = sandbox,
                HttpClient = http,
                DeclaredTools = DeclaredTools.Of(context.Manifest),
                ToolProgram = tool.RunsInProcess ? null : ToolProgram.ForCurrentProcess(),
            }).Single();
            var result = await function.InvokeAsync(arguments, cancellationToken).ConfigureAwait(false);
            var text = result is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString() : result?.ToString();
            environment.Out.WriteLine(text);
            return text?.StartsWith("error: ", StringComparison.Ordinal) == true ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static AgentInfo PickAgent(HostManifest manifest, AgentToolFunction tool, string? id)
    {
        var having = manifest.AllAgents.Where(a => a.Tools.Contains(tool.Name, StringComparer.Ordinal)).ToList();
        if (id is not null)
        {
            var agent = manifest.FindAgent(id)
                ?? throw new OperatorException(ExitCodes.Usage, $"no declared agent '{id}'", "Declared agents: " + string.Join(", ", manifest.AllAgents.Select(a => a.Id)) + ".");
            return having.Contains(agent)
                ? agent
                : throw new OperatorException(ExitCodes.Usage, $"agent '{id}' does not have the tool '{tool.Name}'",
                    having.Count == 0 ? $"No agent has it; add Tool.From(...) for it to an agent's Tools." : "Agents with it: " + string.Join(", ", having.Select(a => a.Id)) + ".");
        }

        return having.Count switch
        {
            1 => having[0],
            0 => throw new OperatorException(ExitCodes.Usage, $"no agent has the tool '{tool.Name}'", "Give it to an agent (Tools = [..., Tool.From(...)]) and rebuild."),
            _ => throw new OperatorException(ExitCodes.Usage, $"several agents have the tool '{tool.Name}'", "Pick one with --agent: " + string.Join(", ", having.Select(a => a.Id)) + "."),
        };
    }

    private static AIFunctionArguments ParseArguments(string json)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new OperatorException(ExitCodes.Usage, $"--args is not JSON: {e.Message}", "Pass a JSON object, e.g. --args '{\"path\":\"notes.md\"}'.");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new OperatorException(ExitCodes.Usage, $"--args must be a JSON object, not {root.ValueKind}", "Pass a JSON object, e.g. --args '{\"path\":\"notes.md\"}'.");
        }

        var arguments = new AIFunctionArguments();
        foreach (var property in root.EnumerateObject())
        {
            arguments[property.Name] = property.Value;
        }

        return arguments;
    }
}
