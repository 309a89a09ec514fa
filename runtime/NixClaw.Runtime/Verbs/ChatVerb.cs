using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Gateway;
using NixClaw.Runtime.Gateway.Terminal;
using NixClaw.Runtime.Hosting;

namespace NixClaw.Runtime.Verbs;

/// <summary>
/// <c>chat &lt;agent&gt;</c>: a terminal conversation with a declared or roster agent, with its real model, prompt files,
/// tools and sandbox, and no Mattermost. Lines on standard input are messages, replies go to standard output.
/// </summary>
internal sealed class ChatVerb : IVerb
{
    /// <summary>The variable <c>--workspace</c> defaults to.</summary>
    public const string WorkspaceVariable = "NIXCLAW_WORKSPACE";

    public Command Create(VerbContext context)
    {
        var agentArgument = new Argument<string>("agent") { Description = "The agent's id (declared in C#, or added with `agent new`)" };
        var workspaceOption = new Option<string?>("--workspace")
        {
            Description = $"The agent's workspace: its prompt files (AGENTS.md, SOUL.md, ...), the file tools' root and the sandbox's /workspace " +
                $"(default: ${WorkspaceVariable}, else where the gateway keeps it: the roster's workspace, else ~/{context.Manifest.Gateway.WorkspacesDirectory}/<agent>)",
            HelpName = "dir",
        };
        var secretsDir = new Option<string?>(SecretLocations.Option)
        {
            Description = $"Read the model's API key from <dir>/<key> (default: ${SecretLocations.Variable}, else ${SecretLocations.CredentialsVariable}, " +
                "else the declared path, /run/secrets/<key>)",
            HelpName = "dir",
        };
        var configDir = new Option<string?>("--config-dir")
        {
            Description = $"Folder of the roster files, for agents added with `agent new` (default: ${RuntimeDirectories.ConfigVariable}, else ~/.openclaw)",
            HelpName = "dir",
        };
        var rootFilesystem = new Option<string?>(AgentSandboxes.RootFilesystemOption)
        {
            Description = $"Root filesystem of the bubblewrap sandbox (default: ${AgentSandboxes.RootFilesystemVariable}); as for the gateway",
            HelpName = "dir",
        };
        var command = new Command("chat", "Talk to an agent in the terminal: its model, prompt files, tools and sandbox, no Mattermost")
        {
            agentArgument, workspaceOption, secretsDir, configDir, rootFilesystem,
        };
        context.AddExamples(command,
            new Example("chat research", "On the host: the agent's workspace and secrets as the gateway uses them; type a message, Enter sends it, /exit or Ctrl-D ends"),
            new Example($"chat research --workspace ~/try/research {SecretLocations.Option} ~/nixclaw-secrets",
                "On a laptop: prompt files and tools in ~/try/research, the model's key in ~/nixclaw-secrets/<key>"),
            new Example("chat research < questions.txt", "One reply per line of the file, each continuing the same conversation"));
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            string? FullPath(string? path) => path is { Length: > 0 } ? Path.GetFullPath(path, environment.CurrentDirectory) : null;
            var agentId = parseResult.GetValue(agentArgument)!;
            var secrets = SecretLocations.Resolve(FullPath(parseResult.GetValue(secretsDir)), environment.GetVariable);
            var config = FullPath(parseResult.GetValue(configDir) ?? environment.GetVariable(RuntimeDirectories.ConfigVariable)) ?? context.Directories.ConfigDirectory;
            var sandboxes = new Dictionary<string, Sandbox.ISandbox>();
            var options = new AgentChatOptions
            {
                ConfigDirectory = config,
                HomeDirectory = environment.HomeDirectory,
                WorkspaceDirectory = FullPath(parseResult.GetValue(workspaceOption) ?? environment.GetVariable(WorkspaceVariable)),
                SecretPath = secrets.PathOf,
                UserName = environment.UserName,
                TimeProvider = environment.Time,
                ConfigureServices = services => services.AddSandboxAgentTools(context.Manifest, sandboxes, secrets, environment),
            };
            ChatAgent agent;
            try
            {
                agent = AgentChat.Find(context.Manifest, agentId, options);
            }
            catch (GatewayConfigurationException e) when (e.InnerException is SecretFileException)
            {
                throw new OperatorException(ExitCodes.Config, e.Message, secrets.Directory is { } directory
                    ? $"Secrets are read from {directory} ({SecretLocations.Option}, ${SecretLocations.Variable} or ${SecretLocations.CredentialsVariable}): put the key in that folder under the secret's name."
                    : $"Secrets are read from their declared paths (/run/secrets/<key>, as on the host); elsewhere pass {SecretLocations.Option} <dir> with the key in <dir>/<secret>.");
            }
            catch (GatewayConfigurationException e)
            {
                throw new OperatorException(ExitCodes.Config, e.Message, $"`{context.Command} agent list` shows the agents; agents added with `agent new` are read from {config}.");
            }

            foreach (var problem in agent.RosterErrors)
            {
                environment.Error.WriteLine($"warning: roster not read, only declared agents: {problem}");
            }

            var selector = AgentSandboxes.CreateSelector(parseResult.GetValue(rootFilesystem) ?? environment.GetVariable(AgentSandboxes.RootFilesystemVariable));
            foreach (var (id, sandbox) in await AgentSandboxes.SelectAsync(context.Manifest, selector, cancellationToken, agentId).ConfigureAwait(false))
            {
                sandboxes[id] = sandbox;
            }

            var chosen = agent.Agent;
            environment.Error.WriteLine($"Chatting with {chosen.DisplayName} ({chosen.Id}) on model {agent.Model.Name}, workspace {chosen.WorkspaceDirectory}. " +
                $"{AgentChat.ExitCommand} or Ctrl-D ends.");
            return await AgentChat.RunAsync(agent, options, environment.In, environment.Out, environment.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
