namespace NixClaw.Runtime.Mattermost;

/// <summary>A snapshot of the listener's connection, for the status endpoint.</summary>
/// <param name="State">Current state.</param>
/// <param name="ConnectionId">Server connection id from the last <c>hello</c>.</param>
/// <param name="LastConnectedAt">When the socket last became connected.</param>
/// <param name="LastDisconnectedAt">When the socket was last lost.</param>
/// <param name="LastCatchUpAt">When the last REST catch-up finished.</param>
/// <param name="LastEventAt">When the last event (any type) arrived.</param>
/// <param name="Connects">Successful connections, including resumes.</param>
/// <param name="Resumes">Reconnects that resumed the old connection id (no events lost).</param>
/// <param name="CatchUps">REST catch-ups run (start-up and after gaps).</param>
/// <param name="ConsecutiveFailures">Failed attempts since the last successful connection.</param>
/// <param name="LastError">Why the last connection ended or failed; never contains the token.</param>
public sealed record MattermostConnectionStatus(
    MattermostConnectionState State,
    string? ConnectionId,
    DateTimeOffset? LastConnectedAt,
    DateTimeOffset? LastDisconnectedAt,
    DateTimeOffset? LastCatchUpAt,
    DateTimeOffset? LastEventAt,
    long Connects,
    long Resumes,
    long CatchUps,
    int ConsecutiveFailures,
    string? LastError)
{
    /// <summary>The initial status.</summary>
    public static MattermostConnectionStatus Initial { get; } =
        new(MattermostConnectionState.Stopped, null, null, null, null, null, 0, 0, 0, 0, null);
}
