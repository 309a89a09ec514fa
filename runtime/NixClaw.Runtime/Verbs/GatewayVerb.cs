using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Gateway;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>gateway</c>: runs the gateway in the foreground (the systemd user unit's <c>ExecStart</c>).</summary>
public sealed class GatewayVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("gateway", "Run the gateway in the foreground (started by the nixclaw-gateway user service)");
        context.AddExamples(command,
            new Example("gateway", "Foreground run; SIGTERM or Ctrl-C stops it gracefully (exit 0), bad configuration exits 78"));
        context.SetAction(command, async (_, cancellationToken) =>
        {
            var directories = context.Directories;
            var selector = new SandboxSelector(new PodmanSandbox(new PodmanSandboxOptions()), bubblewrap: null);
            var sandboxes = await AgentSandboxes.SelectAsync(context.Manifest, selector, cancellationToken).ConfigureAwait(false);
            using var http = context.Environment.CreateHttpClient();
            var options = new GatewayOptions
            {
                StateDirectory = directories.StateDirectory,
                ConfigDirectory = directories.ConfigDirectory,
                HomeDirectory = context.Environment.HomeDirectory,
                TimeProvider = context.Environment.Time,
                Tools = new SandboxAgentTools(agent => new AgentToolEnvironment
                {
                    WorkspaceDirectory = agent.WorkspaceDirectory,
                    Sandbox = sandboxes.GetValueOrDefault(agent.Id),
                    HttpClient = http,
                    TimeProvider = context.Environment.Time,
                }),
            };
            Directory.CreateDirectory(directories.StateDirectory);
            return await GatewayHost.RunAsync(context.Manifest, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
