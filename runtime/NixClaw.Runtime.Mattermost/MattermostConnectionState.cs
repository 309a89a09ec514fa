namespace NixClaw.Runtime.Mattermost;

/// <summary>State of the <see cref="MattermostListener"/>'s WebSocket.</summary>
public enum MattermostConnectionState
{
    /// <summary>Not started, or stopped.</summary>
    Stopped,

    /// <summary>First connection attempt in progress.</summary>
    Connecting,

    /// <summary>Socket open and authenticated; events flow.</summary>
    Connected,

    /// <summary>Connection lost; waiting for or attempting a reconnect.</summary>
    Reconnecting,

    /// <summary>Stopped for good: the server rejected the bot token (401).</summary>
    Faulted,
}
