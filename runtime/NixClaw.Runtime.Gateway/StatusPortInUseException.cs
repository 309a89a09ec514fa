namespace NixClaw.Runtime.Gateway;

/// <summary>
/// The status endpoint's port is taken (another gateway, or any other program); the gateway host exits with 78, like
/// a configuration error, because restarting would not help: another port or stopping the other program does.
/// </summary>
internal sealed class StatusPortInUseException(int port, Exception innerException)
    : Exception($"port {port} (status endpoint, 127.0.0.1) is already in use: stop the other gateway or pass --status-port", innerException)
{
    /// <summary>The port that could not be bound.</summary>
    public int Port { get; } = port;
}
