using Microsoft.Extensions.DependencyInjection;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;

namespace NixClaw.Runtime.Gateway.Terminal;

/// <summary>Where a terminal chat finds the roster, workspaces and secrets, and what it adds to its host's services.</summary>
public sealed class AgentChatOptions
{
    /// <summary>Folder of the roster files (<c>agents.json5</c>, <c>bindings.json5</c>, <c>declared-agents.json5</c>); missing files add nothing.</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>The user's home: workspaces are <c>&lt;home&gt;/&lt;GatewayInfo.WorkspacesDirectory&gt;/&lt;agent id&gt;</c>, as on the host.</summary>
    public required string HomeDirectory { get; init; }

    /// <summary>The agent's workspace instead of the host's layout (prompt files, file tools, the sandbox's <c>/workspace</c>).</summary>
    public string? WorkspaceDirectory { get; init; }

    /// <summary>The file each secret (the model's API key) is read from.</summary>
    public Func<SecretInfo, string> SecretPath { get; init; } = static secret => secret.Path;

    /// <summary>The name the model sees as the author of every line.</summary>
    public string UserName { get; init; } = Environment.UserName;

    /// <summary>Adds services to the chat's host: the app registers the agents' tools (<see cref="IAgentToolSource"/>) here, as for the gateway.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Turn limits.</summary>
    public AgentLimits Limits { get; init; } = new();

    /// <summary>Model retry policy.</summary>
    public ModelRetryPolicy ModelRetry { get; init; } = new();

    /// <summary>Clock for retries and limits.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Shared HTTP client for model calls; one is created when null.</summary>
    public HttpClient? ModelHttpClient { get; init; }
}
