using System.CommandLine;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Gateway;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Runtime.Workspaces;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>gateway</c>: runs the gateway in the foreground (the systemd user unit's <c>ExecStart</c>).</summary>
public sealed class GatewayVerb : IVerb
{
    public Command Create(VerbContext context)
    {
        var command = new Command("gateway", "Run the gateway in the foreground (started by the nixclaw-gateway user service)");
        context.AddExamples(command,
            new Example("gateway", "Foreground run; SIGTERM or Ctrl-C stops it gracefully (exit 0), bad configuration exits 78"),
            new Example($"gateway {AgentSandboxes.RootFilesystemOption} /var/lib/nixclaw-sandbox/rootfs",
                "Also offer bubblewrap, with that folder (it needs /bin/sh) as the sandbox's read-only /"));
        var rootFilesystem = new Option<string?>(AgentSandboxes.RootFilesystemOption)
        {
            Description = $"Root filesystem of the bubblewrap sandbox, mounted read-only at / (default: ${AgentSandboxes.RootFilesystemVariable}; " +
                "without either, agents that declare bubblewrap cannot start)",
            HelpName = "dir",
        };
        command.Options.Add(rootFilesystem);
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var directories = context.Directories;
            var selector = AgentSandboxes.CreateSelector(
                parseResult.GetValue(rootFilesystem) ?? context.Environment.GetVariable(AgentSandboxes.RootFilesystemVariable));
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
                WorkspaceSync = id => LastSync(directories, id),
            };
            Directory.CreateDirectory(directories.StateDirectory);
            return await GatewayHost.RunAsync(context.Manifest, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>What the sync timer last recorded for an agent's workspace (kept in its git directory, outside the sandbox).</summary>
    internal static AgentSyncStatus? LastSync(RuntimeDirectories directories, string agentId)
    {
        var layout = new WorkspaceLayout
        {
            WorkspacesRoot = directories.WorkspacesDirectory,
            TemplatesRoot = directories.TemplatesDirectory,
            SharedDirectory = directories.SharedDirectory,
            GitRoot = directories.GitDirectory,
        };
        return SyncState.Read(layout, agentId) is { } state
            ? new AgentSyncStatus(state.LastAttempt, state.LastSuccess, state.Outcome.ToString(), state.Message)
            : null;
    }
}
