namespace NixClaw.Runtime.Mattermost;

/// <summary>Settings for <see cref="MattermostListener"/>.</summary>
public sealed class MattermostListenerOptions
{
    /// <summary>First reconnect delay; doubled per failure with jitter (see <see cref="RetryBackoff"/>).</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Interval of the <c>ping</c> action; a socket that has received nothing since the previous ping is declared dead
    /// and reconnected (half-open TCP).
    /// </summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A disconnect longer than this is not resumed (the server has likely reaped the connection, ~5 min); the listener
    /// connects fresh and catches up through REST.
    /// </summary>
    public TimeSpan MaxResumeAge { get; init; } = TimeSpan.FromMinutes(4);

    /// <summary>Catch up, at the first connection, every channel that already has a cursor (posts made while the gateway was down).</summary>
    public bool CatchUpOnStart { get; init; } = true;

    /// <summary>
    /// For a channel without a cursor, catch-up after a gap starts this long before the moment the connection was lost
    /// (covers clock skew between host and server).
    /// </summary>
    public TimeSpan CatchUpSlack { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many recently delivered post ids are remembered to suppress obvious duplicates.</summary>
    public int RecentPostIdCapacity { get; init; } = 10_000;

    /// <summary>
    /// Channels to catch up after a gap; null means every channel the bot is a member of in its teams plus every channel
    /// with a cursor.
    /// </summary>
    public Func<CancellationToken, ValueTask<IReadOnlyList<string>>>? CatchUpChannels { get; init; }

    /// <summary>Clock for backoff, pings and timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
