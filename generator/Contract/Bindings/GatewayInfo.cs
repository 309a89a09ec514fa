namespace NixClaw.Bindings;

/// <summary>The gateway settings.</summary>
/// <param name="Port">Loopback TCP port.</param>
/// <param name="LogPath">JSON-lines log file.</param>
/// <param name="AuthToken">Gateway token secret, if any.</param>
/// <param name="WorkspacesDirectory">Workspaces folder, relative to the service user's home.</param>
public sealed record GatewayInfo(int Port, string LogPath, SecretInfo? AuthToken, string WorkspacesDirectory);
