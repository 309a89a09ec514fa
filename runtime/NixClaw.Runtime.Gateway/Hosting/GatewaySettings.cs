using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Roster;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// The gateway's settings bound from the manifest and <see cref="GatewayOptions"/>, checked before anything starts so a
/// mistake is one line and exit 78. Each part is registered as <c>IOptions&lt;T&gt;</c> for the service that needs it.
/// </summary>
internal sealed record GatewaySettings(MattermostSettings Mattermost, StatusEndpointSettings Status, StateSettings State, string LogPath, string WorkspacesDirectory)
{
    /// <summary>Binds and checks the settings.</summary>
    /// <exception cref="GatewayConfigurationException">Something declared or configured cannot work; the message is one line.</exception>
    public static GatewaySettings Resolve(HostManifest manifest, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        var mattermost = manifest.Mattermost ?? throw new GatewayConfigurationException("no Mattermost server is declared");
        var trigger = new ChatTrigger(mattermost.ChatMode, mattermost.Bot, mattermost.TriggerPrefix);
        var tokenPath = options.SecretPath(mattermost.Token);
        GatewayHost.ReadSecret(tokenPath, "Mattermost bot token");
        var url = options.MattermostUrl ?? (Uri.TryCreate(mattermost.Url, UriKind.Absolute, out var declaredUrl)
            ? declaredUrl
            : throw new GatewayConfigurationException($"Mattermost URL '{mattermost.Url}' is not an absolute URL"));
        CheckRosterReadable(options.ConfigDirectory);
        var statusPort = options.StatusPort ?? manifest.Gateway.Port;
        if (statusPort is < 0 or > 65535)
        {
            throw new GatewayConfigurationException($"gateway port {statusPort} is out of range");
        }

        // /status names agents, channels and counters: with a declared gateway token it asks for it.
        var statusTokenPath = manifest.Gateway.AuthToken is { } statusToken ? options.SecretPath(statusToken) : null;
        if (statusTokenPath is not null)
        {
            GatewayHost.ReadSecret(statusTokenPath, "gateway token");
        }

        return new GatewaySettings(
            new MattermostSettings(mattermost, url, tokenPath, trigger, options.StartRetryDelay, options.StartRetryMaxDelay),
            new StatusEndpointSettings(statusPort, statusTokenPath),
            new StateSettings(Path.Combine(options.StateDirectory, GatewayHost.DatabaseFileName), options.StateWriteRetryInterval),
            options.LogPath ?? GatewayHost.LogFilePath(manifest.Gateway, options.StateDirectory),
            Path.Combine(options.HomeDirectory, manifest.Gateway.WorkspacesDirectory));
    }

    private static void CheckRosterReadable(string configDirectory)
    {
        foreach (var name in (string[])[RosterFileNames.Agents, RosterFileNames.Bindings])
        {
            var path = Path.Combine(configDirectory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                using var stream = File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new GatewayConfigurationException($"roster file '{path}' cannot be read: {ex.GetType().Name}", ex);
            }
        }
    }
}

/// <summary>The Mattermost server the gateway answers on.</summary>
/// <param name="Declaration">The declared server (bot, allowlist, operators).</param>
/// <param name="Url">Its base URL (the declared one unless a test gives another).</param>
/// <param name="TokenPath">The bot token's file, read again on every request (rotation).</param>
/// <param name="Trigger">When a post addresses the bot.</param>
/// <param name="StartRetryDelay">First wait before asking again when the start is answered with an error; doubles.</param>
/// <param name="StartRetryMaxDelay">Longest wait between start attempts.</param>
internal sealed record MattermostSettings(MattermostInfo Declaration, Uri Url, string TokenPath, ChatTrigger Trigger, TimeSpan StartRetryDelay, TimeSpan StartRetryMaxDelay);

/// <summary>The loopback status endpoint.</summary>
/// <param name="Port">0 picks a free port on 127.0.0.1 (tests).</param>
/// <param name="TokenPath">The gateway token <c>/status</c> asks for; null when none is declared.</param>
internal sealed record StatusEndpointSettings(int Port, string? TokenPath);

/// <summary>The state database.</summary>
/// <param name="DatabasePath">Its file.</param>
/// <param name="WriteRetryInterval">How often a write that failed for lack of space is tried again.</param>
internal sealed record StateSettings(string DatabasePath, TimeSpan WriteRetryInterval);
