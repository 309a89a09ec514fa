using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NixClaw.Bindings;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway.Terminal;

/// <summary>
/// A conversation with one agent on a terminal, without Mattermost: each line read is a user message, each reply is
/// written out; end of input or <c>/exit</c> ends it. The turns run on the gateway's own machinery, registered the same
/// way (<see cref="AgentTurnServices"/>: the agent's model, runner and limits; the caller's tools and sandbox), with
/// the conversation kept in memory as one session, like a channel thread.
/// </summary>
public static class AgentChat
{
    /// <summary>What a line must be to end the chat.</summary>
    public const string ExitCommand = "/exit";

    /// <summary>
    /// Finds <paramref name="agentId"/> among the declared and roster agents and its model; nothing is asked of
    /// the model yet.
    /// </summary>
    /// <exception cref="GatewayConfigurationException">No such agent (the message lists the agents), its model is not
    /// declared, or the model's API key cannot be read (the message names the secret and the file).</exception>
    public static ChatAgent Find(HostManifest manifest, string agentId, AgentChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(agentId);
        ArgumentNullException.ThrowIfNull(options);
        var workspaces = Path.Combine(options.HomeDirectory, manifest.Gateway.WorkspacesDirectory);
        var rosterOptions = new RosterOptions { ConfigDirectory = options.ConfigDirectory, WorkspacesDirectory = workspaces, HomeDirectory = options.HomeDirectory };
        var loaded = RosterLoader.Load(rosterOptions, manifest.AllAgents);
        // An invalid roster leaves the declared agents, as the gateway's watcher does; the problems are reported.
        var roster = loaded.Roster ?? RosterLoader.Parse(rosterOptions, manifest.AllAgents, null, null).Roster!;
        var directory = new RosterAgentDirectory(new FixedRoster(roster), manifest.AllAgents, workspaces, options.HomeDirectory);
        var agents = directory.Agents;
        var agent = agents.FirstOrDefault(a => a.Id == agentId)
            ?? throw new GatewayConfigurationException(agents.Count == 0
                ? $"no agent '{agentId}': host '{manifest.Host.Name}' has no agents"
                : $"no agent '{agentId}' on host '{manifest.Host.Name}'; its agents are: {string.Join(", ", agents.Select(a => a.Id))}");
        if (options.WorkspaceDirectory is { } workspace)
        {
            agent = agent with { WorkspaceDirectory = Path.GetFullPath(workspace) };
        }

        var model = ModelCatalog.Resolve(manifest.AllModels, agent.ModelName, out var modelName)
            ?? throw new GatewayConfigurationException(manifest.AllModels.Count == 0
                ? $"agent '{agent.Id}' uses model '{modelName}', but host '{manifest.Host.Name}' declares no models"
                : $"agent '{agent.Id}' uses model '{modelName}', which is not declared; the declared models are: {string.Join(", ", manifest.AllModels.Select(m => m.Name))}");
        if (model.ApiKey is { } key)
        {
            try
            {
                SecretFiles.Read(options.SecretPath(key), key.Key);
            }
            catch (SecretFileException ex)
            {
                throw new GatewayConfigurationException($"model '{model.Name}' of agent '{agent.Id}' needs its API key, secret '{key.Key}': file '{ex.SecretPath}' {ex.Reason}", ex);
            }
        }

        return new ChatAgent(agent, model, loaded.Errors);
    }

    /// <summary>Chats with <paramref name="agent"/> until the input ends or a line is <see cref="ExitCommand"/>; returns 0.</summary>
    /// <param name="agent">From <see cref="Find"/>.</param>
    /// <param name="options">As given to <see cref="Find"/>.</param>
    /// <param name="input">The user's lines.</param>
    /// <param name="output">The agent's replies, one block per line read.</param>
    /// <param name="log">Warnings (model retries) and errors, kept apart from the replies.</param>
    /// <param name="cancellationToken">Ctrl-C: the running turn is abandoned.</param>
    public static async Task<int> RunAsync(ChatAgent agent, AgentChatOptions options, TextReader input, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        using var host = Build(agent, options, log);
        var runner = host.Services.GetRequiredService<AgentRunner>();
        var sessions = host.Services.GetRequiredService<InMemorySessionHistory>();
        var sessionKey = $"agent:{agent.Agent.Id}:terminal:{Guid.NewGuid():N}";
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            var text = line.Trim();
            if (text == ExitCommand)
            {
                break;
            }

            if (text.Length == 0)
            {
                continue;
            }

            var reply = await runner.AnswerAsync(agent.Agent, new AgentTurn(sessionKey, "", options.UserName, text), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(reply.Text).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!reply.IsError)
            {
                sessions.Append(sessionKey, reply.SessionUpdate);
            }
        }

        return 0;
    }

    private static IHost Build(ChatAgent agent, AgentChatOptions options, TextWriter log)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddProvider(new TextWriterLoggerProvider(log));
        var services = builder.Services;
        services.AddSingleton(options.TimeProvider);
        options.ConfigureServices?.Invoke(services);
        services.AddAgentTurns(new AgentTurnOptions
        {
            Models = [agent.Model],
            SecretPath = options.SecretPath,
            Retry = options.ModelRetry,
            Limits = options.Limits,
            ModelHttpClient = options.ModelHttpClient,
        });
        services.AddSingleton(new InMemorySessionHistory(options.Limits.MaxSessionMessages));
        services.AddSingleton<ISessionHistory>(provider => provider.GetRequiredService<InMemorySessionHistory>());
        return builder.Build();
    }

    private sealed class FixedRoster(Roster.Roster roster) : IRosterSource
    {
        public Roster.Roster Current => roster;
    }
}

/// <summary>The agent a terminal chat talks to.</summary>
/// <param name="Agent">As the gateway would resolve it (workspace replaced when one was given).</param>
/// <param name="Model">Its declared model.</param>
/// <param name="RosterErrors">Why the roster files were not read, when they were not (the declared agents remain).</param>
public sealed record ChatAgent(ResolvedAgent Agent, ModelInfo Model, IReadOnlyList<RosterError> RosterErrors);
