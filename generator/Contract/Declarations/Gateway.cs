namespace NixClaw;

/// <summary>The gateway process: always bound to loopback (127.0.0.1 and ::1) only.</summary>
/// <param name="Port">TCP port of the gateway and its status endpoint.</param>
public sealed record Gateway(int Port = 18789)
{
    /// <summary>JSON-lines log file; a relative path is below the service user's state directory (<c>~/.local/state/nixclaw</c>).</summary>
    public string LogPath { get; init; } = "gateway.log";

    /// <summary>Token clients of the gateway (and the original OpenClaw gateway) authenticate with.</summary>
    public Secret? AuthToken { get; init; }

    /// <summary>Folder (relative to the service user's home) holding the agents' workspaces.</summary>
    public string WorkspacesDirectory { get; init; } = "workspaces";
}
