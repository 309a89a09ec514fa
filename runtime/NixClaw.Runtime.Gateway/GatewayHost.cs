using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NixClaw.Bindings;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Hosting;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway;

/// <summary>
/// Runs the gateway: checks the configuration (exit 78 on failure), builds its generic host
/// (<see cref="GatewayApplication"/>: state database, roster watcher, models, Mattermost listener, dispatcher, status
/// endpoint on loopback, logs, systemd notify) and starts it. The app's <c>gateway</c> verb calls <see cref="RunAsync"/>;
/// tests and benchmarks use <see cref="StartAsync"/>.
/// </summary>
public static class GatewayHost
{
    /// <summary>Exit code for invalid configuration (EX_CONFIG); the unit sets <c>RestartPreventExitStatus=78</c>.</summary>
    public const int ExitConfiguration = 78;

    /// <summary>State database file name inside <see cref="GatewayOptions.StateDirectory"/>.</summary>
    public const string DatabaseFileName = "nixclaw.db";

    /// <summary>The logger category of the gateway's own lines (start, readiness, stop).</summary>
    internal const string LogCategory = "NixClaw.Gateway";

    /// <summary>The default of <c>Gateway.LogPath</c> in the declarations, which is replaced by the state directory's <c>gateway.log</c>.</summary>
    public const string LegacyDefaultLogPath = "/tmp/nixclaw/gateway.log";

    /// <summary>
    /// Where the gateway writes its log: a declared absolute path as it is; a relative one below
    /// <paramref name="stateDirectory"/> (<c>$XDG_STATE_HOME/nixclaw</c> or <c>~/.local/state/nixclaw</c>); empty for no
    /// file. The declarations' old default <see cref="LegacyDefaultLogPath"/> (in <c>/tmp</c>, where any local user could
    /// make the folder first) means <c>&lt;state&gt;/gateway.log</c>. The <c>logs</c> verb resolves it the same way.
    /// </summary>
    public static string LogFilePath(GatewayInfo gateway, string stateDirectory)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentException.ThrowIfNullOrEmpty(stateDirectory);
        var declared = gateway.LogPath;
        return declared.Length == 0 ? ""
            : declared == LegacyDefaultLogPath ? Path.Combine(stateDirectory, "gateway.log")
            : Path.Combine(stateDirectory, declared);
    }

    /// <summary>
    /// Runs the gateway until <paramref name="cancellationToken"/> is cancelled (SIGTERM) or it fails; returns the
    /// exit code: 0 after a clean stop, 78 with a one-line reason on <paramref name="error"/> (stderr when null) for
    /// invalid configuration or a status port in use, 1 otherwise.
    /// </summary>
    public static async Task<int> RunAsync(HostManifest manifest, GatewayOptions options, CancellationToken cancellationToken, TextWriter? error = null)
    {
        error ??= Console.Error;
        RunningGateway gateway;
        try
        {
            gateway = await StartAsync(manifest, options, cancellationToken).ConfigureAwait(false);
        }
        catch (GatewayConfigurationException ex)
        {
            await error.WriteLineAsync($"nixclaw gateway: invalid configuration: {ex.Message}").ConfigureAwait(false);
            return ExitConfiguration;
        }
        catch (StatusPortInUseException ex)
        {
            await error.WriteLineAsync($"nixclaw gateway: {ex.Message}").ConfigureAwait(false);
            return ExitConfiguration;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or IOException)
        {
            await error.WriteLineAsync($"nixclaw gateway: cannot reach Mattermost: {ex.Message}").ConfigureAwait(false);
            return 1;
        }

        await using (cancellationToken.Register(() => _ = gateway.StopAsync()))
        {
            return await gateway.Exit.ConfigureAwait(false);
        }
    }

    /// <summary>Starts the gateway; returns once the Mattermost token was accepted and the status endpoint listens.</summary>
    /// <exception cref="GatewayConfigurationException">The configuration is invalid; the message is one line.</exception>
    /// <exception cref="StatusPortInUseException">Another program listens on the status port.</exception>
    public static async Task<RunningGateway> StartAsync(HostManifest manifest, GatewayOptions options, CancellationToken cancellationToken)
    {
        var settings = GatewaySettings.Resolve(manifest, options);
        var host = GatewayApplication.Build(manifest, options, settings);
        try
        {
            // Resolved here, in this order, so a missing API key, an agent on an undeclared model or a state database
            // that cannot be opened is a one-line configuration error before anything listens.
            var startup = host.Services.GetRequiredService<GatewayStartup>();
            var models = host.Services.GetRequiredService<ModelCatalog>();
            foreach (var agent in manifest.AllAgents)
            {
                if (!models.Contains(agent.Model, out var resolved))
                {
                    throw new GatewayConfigurationException($"agent '{agent.Id}' uses model '{resolved}', which is not declared");
                }
            }

            startup.Reached("models");
            host.Services.GetRequiredService<GatewayStateStore>();
            host.Services.GetRequiredService<IAgentDirectory>();
            startup.Reached("state and roster");
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return new RunningGateway(host, options);
        }
        catch
        {
            await DisposeAsync(host).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Disposes the host and its services, asynchronously where they allow it (the log file flushes).</summary>
    internal static ValueTask DisposeAsync(IHost host)
    {
        if (host is IAsyncDisposable asynchronous)
        {
            return asynchronous.DisposeAsync();
        }

        host.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A secret through <see cref="SecretFiles"/>; a missing, empty or unreadable file is a configuration error (exit 78).</summary>
    internal static string ReadSecret(string path, string key)
    {
        try
        {
            return SecretFiles.Read(path, key);
        }
        catch (SecretFileException ex)
        {
            throw new GatewayConfigurationException(ex.Message, ex);
        }
    }
}
