using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway;

/// <summary>
/// What the declarations do not say: where things are on this machine, and knobs for tests. The app maps its
/// conventions (<c>$STATE_DIRECTORY</c>, <c>~/.openclaw</c>, ...) to these; the library guesses no global paths.
/// </summary>
public sealed class GatewayOptions
{
    /// <summary>Folder of the state database <c>nixclaw.db</c>.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Folder of <c>agents.json5</c> and <c>bindings.json5</c>.</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>The service user's home: workspaces are <c>&lt;home&gt;/&lt;GatewayInfo.WorkspacesDirectory&gt;/&lt;agent id&gt;</c>.</summary>
    public required string HomeDirectory { get; init; }

    /// <summary>Status port instead of <c>GatewayInfo.Port</c>; 0 picks a free port on 127.0.0.1 only (tests).</summary>
    public int? StatusPort { get; init; }

    /// <summary>Log file instead of <c>GatewayInfo.LogPath</c>; empty for no log file.</summary>
    public string? LogPath { get; init; }

    /// <summary>Also log to the console (journald captures it under systemd).</summary>
    public bool ConsoleLog { get; init; } = true;

    /// <summary>Lowest level logged.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Tools per agent; when null, what <see cref="ConfigureServices"/> registers, else none.</summary>
    public IAgentToolSource? Tools { get; init; }

    /// <summary>
    /// Adds or replaces services of the gateway's host before it is built: the app registers the agents' tools
    /// (<see cref="IAgentToolSource"/>) here, the same way its <c>chat</c> verb does.
    /// </summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Turn limits.</summary>
    public AgentLimits Limits { get; init; } = new();

    /// <summary>Model retry policy.</summary>
    public ModelRetryPolicy ModelRetry { get; init; } = new();

    /// <summary>Time running turns get to finish at shutdown before they are abandoned (answered after restart).</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a state database that could not be written (disk full) is tried again.</summary>
    public TimeSpan StateWriteRetryInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First wait before Mattermost is asked again when it answers the start with an error, a timeout or a malformed body; doubles each time.</summary>
    public TimeSpan StartRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between start attempts.</summary>
    public TimeSpan StartRetryMaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often "typing" is re-sent while an agent works.</summary>
    public TimeSpan TypingInterval { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// The last sync of an agent's workspace, shown per agent in <c>/status</c> (the sync timer runs in its own process
    /// and records it; a failed workspace shows its error there while the others go on). Null: not shown.
    /// </summary>
    public Func<string, Operations.AgentSyncStatus?>? WorkspaceSync { get; init; }

    /// <summary>Clock for retries, limits, typing and reconnects (a fake clock in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>systemd notifier; <see cref="SystemdNotifier"/> (a no-op without <c>NOTIFY_SOCKET</c>) when null.</summary>
    public ISystemdNotifier? Notifier { get; init; }

    /// <summary>Told of every scheduled model retry (tests advance their fake clock on it).</summary>
    public Action<ModelRetry>? OnModelRetry { get; init; }

    /// <summary>WebSocket listener settings (reconnect backoff, pings, catch-up); defaults when null.</summary>
    public MattermostListenerOptions? Listener { get; init; }

    /// <summary>
    /// The file each secret is read from (Mattermost token, model API keys, gateway token); the declared
    /// <see cref="SecretInfo.Path"/> by default. The app maps <c>--secrets-dir</c> to it.
    /// </summary>
    public Func<SecretInfo, string> SecretPath { get; init; } = static secret => secret.Path;

    /// <summary>Mattermost URL instead of <c>MattermostInfo.Url</c> (tests, demos).</summary>
    public Uri? MattermostUrl { get; init; }

    /// <summary>Shared HTTP client for model calls (tests, benchmarks); one is created when null.</summary>
    public HttpClient? ModelHttpClient { get; init; }
}
