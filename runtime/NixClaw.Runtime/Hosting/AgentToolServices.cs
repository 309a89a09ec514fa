using Microsoft.Extensions.DependencyInjection;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Hosting;

/// <summary>
/// The agents' declared tools (exec in the sandbox <see cref="AgentSandboxes"/> picked, workspace files, web search)
/// as the <see cref="IAgentToolSource"/> of a host: the <c>gateway</c> and <c>chat</c> verbs register the same.
/// </summary>
internal static class AgentToolServices
{
    /// <summary>Registers the tools; secrets (the web search key) are read where <paramref name="secrets"/> says.</summary>
    public static IServiceCollection AddSandboxAgentTools(
        this IServiceCollection services, IReadOnlyDictionary<string, ISandbox> sandboxes, SecretLocations secrets, AppEnvironment environment)
    {
        services.AddSingleton(_ => new ToolHttpClient(environment.CreateHttpClient()));
        services.AddSingleton<IAgentToolSource>(provider =>
        {
            var http = provider.GetRequiredService<ToolHttpClient>().Client;
            return new SandboxAgentTools(agent => new AgentToolEnvironment
            {
                WorkspaceDirectory = agent.WorkspaceDirectory,
                Sandbox = sandboxes.GetValueOrDefault(agent.Id),
                HttpClient = http,
                TimeProvider = environment.Time,
                ReadSecretAsync = (secret, ct) => AgentToolEnvironment.ReadSecretFileAsync(secret with { Path = secrets.PathOf(secret) }, ct),
            });
        });
        return services;
    }

    // The tools' HTTP client (web search), owned and disposed by the host's container.
    private sealed class ToolHttpClient(HttpClient client) : IDisposable
    {
        public HttpClient Client { get; } = client;

        public void Dispose() => Client.Dispose();
    }
}
