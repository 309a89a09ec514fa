using System.CommandLine;
using NixClaw.Contract;
using NixClaw.Runtime.Agents;
using NixClaw.Runtime.CommandLine;
using NixClaw.Runtime.Gateway;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Hosting;
using NixClaw.Runtime.Workspaces.Git;

namespace NixClaw.Runtime.Verbs;

/// <summary><c>gateway</c>: runs the gateway in the foreground (the systemd user unit's <c>ExecStart</c>).</summary>
internal sealed class GatewayVerb : IVerb
{
    /// <summary>The variable <c>--log</c> defaults to.</summary>
    public const string LogVariable = "NIXCLAW_LOG";

    /// <summary>The variable <c>--status-port</c> defaults to.</summary>
    public const string StatusPortVariable = "NIXCLAW_STATUS_PORT";

    public Command Create(VerbContext context)
    {
        var command = new Command("gateway", "Run the gateway in the foreground (started by the nixclaw-gateway user service)");
        context.AddExamples(command,
            new Example("gateway", "Foreground run; SIGTERM or Ctrl-C stops it gracefully (exit 0), bad configuration exits 78"),
            new Example($"gateway {SecretLocations.Option} ~/nixclaw-secrets --status-port 18790",
                "Try it off the host: secrets from a folder (mattermost/bot_token, ...), state under ~/.local/state/nixclaw"),
            new Example($"gateway {AgentSandboxes.RootFilesystemOption} /var/lib/nixclaw-sandbox/rootfs",
                "Also offer bubblewrap, with that folder (it needs /bin/sh) as the sandbox's read-only /"));
        var secretsDir = new Option<string?>(SecretLocations.Option)
        {
            Description = $"Read each secret from <dir>/<key> (default: ${SecretLocations.Variable}, else ${SecretLocations.CredentialsVariable}, " +
                $"else each secret's declared path, {SecretPaths.Root}/<key>); a key with '/' is a sub-path, or, when that file is missing, " +
                "the key with '/' replaced by '_' (systemd credential names cannot contain '/')",
            HelpName = "dir",
        };
        var configDir = new Option<string?>("--config-dir")
        {
            Description = $"Folder of agents.json5 and bindings.json5 (default: ${RuntimeDirectories.ConfigVariable}, else ~/.openclaw)",
            HelpName = "dir",
        };
        var stateDir = new Option<string?>("--state-dir")
        {
            Description = $"Folder of the state database and the log (default: ${RuntimeDirectories.StateVariable}, else $STATE_DIRECTORY, " +
                "else $XDG_STATE_HOME/nixclaw, else ~/.local/state/nixclaw)",
            HelpName = "dir",
        };
        var logFile = new Option<string?>("--log")
        {
            Description = $"Log file, JSON lines; \"\" for none (default: ${LogVariable}, else the declared log path below the state folder, gateway.log)",
            HelpName = "file",
        };
        var statusPort = new Option<string?>("--status-port")
        {
            Description = $"Port of the status endpoint on 127.0.0.1 and ::1 (default: ${StatusPortVariable}, else the declared port, {context.Manifest.Gateway.Port})",
            HelpName = "port",
        };
        var rootFilesystem = new Option<string?>(AgentSandboxes.RootFilesystemOption)
        {
            Description = $"Root filesystem of the bubblewrap sandbox, mounted read-only at / (default: ${AgentSandboxes.RootFilesystemVariable}; " +
                "without either, agents that declare bubblewrap cannot start)",
            HelpName = "dir",
        };
        command.Options.Add(secretsDir);
        command.Options.Add(configDir);
        command.Options.Add(stateDir);
        command.Options.Add(logFile);
        command.Options.Add(statusPort);
        command.Options.Add(rootFilesystem);
        context.SetAction(command, async (parseResult, cancellationToken) =>
        {
            var environment = context.Environment;
            string? Setting(Option<string?> option, string variable) => parseResult.GetValue(option) ?? environment.GetVariable(variable);
            var directories = context.Directories;
            if (Setting(configDir, RuntimeDirectories.ConfigVariable) is { Length: > 0 } config)
            {
                directories = directories with { ConfigDirectory = Path.GetFullPath(config, environment.CurrentDirectory) };
            }

            if (Setting(stateDir, RuntimeDirectories.StateVariable) is { Length: > 0 } state)
            {
                directories = directories with { StateDirectory = Path.GetFullPath(state, environment.CurrentDirectory) };
            }

            var log = Setting(logFile, LogVariable) is { } l ? (l.Length == 0 ? "" : Path.GetFullPath(l, environment.CurrentDirectory)) : null;
            var port = ParsePort(Setting(statusPort, StatusPortVariable));
            var secretsOption = parseResult.GetValue(secretsDir);
            var secrets = SecretLocations.Resolve(
                secretsOption is null ? null : Path.GetFullPath(secretsOption, environment.CurrentDirectory), environment.GetVariable);
            var selector = AgentSandboxes.CreateSelector(
                parseResult.GetValue(rootFilesystem) ?? environment.GetVariable(AgentSandboxes.RootFilesystemVariable));
            var sandboxes = await AgentSandboxes.SelectAsync(context.Manifest, selector, cancellationToken).ConfigureAwait(false);
            var options = new GatewayOptions
            {
                StateDirectory = directories.StateDirectory,
                ConfigDirectory = directories.ConfigDirectory,
                HomeDirectory = environment.HomeDirectory,
                LogPath = log,
                StatusPort = port,
                SecretPath = secrets.PathOf,
                TimeProvider = environment.Time,
                ConfigureServices = services => services.AddSandboxAgentTools(context.Manifest, sandboxes, secrets, environment),
                WorkspaceSync = id => LastSync(directories, id),
            };
            Directory.CreateDirectory(directories.StateDirectory);
            return await GatewayHost.RunAsync(context.Manifest, options, cancellationToken, environment.Error).ConfigureAwait(false);
        });
        return command;
    }

    private static int? ParsePort(string? text) =>
        text is null or "" ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) && port <= 65535 ? port
        : throw new OperatorException(ExitCodes.Config, $"status port '{text}' is not a port number (0-65535)",
            $"Pass --status-port <port> or set ${StatusPortVariable} to a number.");

    /// <summary>What the sync timer last recorded for an agent's workspace (kept in its git directory, outside the sandbox).</summary>
    internal static AgentSyncStatus? LastSync(RuntimeDirectories directories, string agentId)
    {
        return SyncState.Read(WorkspaceServices.LayoutOf(directories), agentId) is { } state
            ? new AgentSyncStatus(state.LastAttempt, state.LastSuccess, state.Outcome.ToString(), state.Message)
            : null;
    }
}
