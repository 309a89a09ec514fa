using NixClaw.Bindings;
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
    /// <summary>Registers the tools (built-in and the manifest's C# tools); secrets (the web search key) are read where <paramref name="secrets"/> says.</summary>
    public static IServiceCollection AddSandboxAgentTools(
        this IServiceCollection services, HostManifest manifest, IReadOnlyDictionary<string, ISandbox> sandboxes, SecretLocations secrets, AppEnvironment environment)
    {
        var declaredTools = DeclaredTools.Of(manifest);
        // Only a program whose agents have sandboxed C# tools needs to find itself and its runtime.
        var toolProgram = manifest.AllAgents.Any(a => DeclaredTools.HasSandboxedTool(manifest, a))
            ? FindToolProgram()
            : null;
        services.AddSingleton(_ => new ToolHttpClient(environment.CreateHttpClient()));
        services.AddSingleton<IAgentToolSource>(provider =>
        {
            var http = provider.GetRequiredService<ToolHttpClient>().Client;
            return new SandboxAgentTools(agent => new AgentToolEnvironment
            {
                WorkspaceDirectory = agent.WorkspaceDirectory,
                Sandbox = sandboxes.GetValueOrDefault(agent.Id),
                DeclaredTools = declaredTools,
                ToolProgram = toolProgram,
                HttpClient = http,
                TimeProvider = environment.Time,
                ReadSecretAsync = (secret, ct) => AgentToolEnvironment.ReadSecretFileAsync(secret with { Path = secrets.PathOf(secret) }, ct),
            });
        });
        return services;
    }

    private static ToolProgram FindToolProgram()
    {
        try
        {
            return ToolProgram.ForCurrentProcess();
        }
        catch (InvalidOperationException e)
        {
            throw new OperatorException(ExitCodes.Config, "agents have C# tools that run in their sandbox, but " + e.Message,
                "Run the gateway as the declarations program (dotnet <program>.dll or its apphost), not from a single-file bundle.");
        }
    }

    // The tools' HTTP client (web search), owned and disposed by the host's container.
    private sealed class ToolHttpClient(HttpClient client) : IDisposable
    {
        public HttpClient Client { get; } = client;

        public void Dispose() => Client.Dispose();
    }
}
