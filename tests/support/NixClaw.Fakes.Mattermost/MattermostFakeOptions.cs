namespace NixClaw.Fakes.Mattermost;

/// <summary>Settings for <see cref="MattermostFake"/>.</summary>
public sealed class MattermostFakeOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>Username of the bot user created at start (team admin of <see cref="TeamName"/>).</summary>
    public string BotUsername { get; init; } = "nixclaw";

    /// <summary>Token of the bot user; a random one when null.</summary>
    public string? BotToken { get; init; }

    /// <summary>The team created at start.</summary>
    public string TeamName { get; init; } = "homelab";

    /// <summary>Events kept per WebSocket connection for resume (Mattermost: 128).</summary>
    public int DeadQueueSize { get; init; } = 128;

    /// <summary>How long an unauthenticated socket may stay open (Mattermost: 5 s).</summary>
    public TimeSpan AuthTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a disconnected connection can still be resumed (Mattermost's stale reaper: ~5 min).</summary>
    public TimeSpan ResumeGracePeriod { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Interval of WebSocket protocol keep-alives sent by the server (Mattermost: 60 s).</summary>
    public TimeSpan ProtocolPingInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Allow <c>DELETE /channels/{id}?permanent=true</c> (<c>EnableAPIChannelDeletion</c>).</summary>
    public bool EnableApiChannelDeletion { get; init; }

    /// <summary>Send <c>X-RateLimit-*</c> headers on every response, as with <c>RateLimitSettings.Enable</c>.</summary>
    public bool RateLimitHeaders { get; init; }

    /// <summary>Clock for timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Reported server version (hello, <c>X-Version-Id</c>).</summary>
    public string ServerVersion { get; init; } = "10.11.0";
}
