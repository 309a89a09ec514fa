namespace NixClaw.Runtime.Mattermost;

/// <summary>Settings for <see cref="MattermostClient"/> and <see cref="MattermostListener"/>.</summary>
public sealed class MattermostClientOptions
{
    /// <summary>Server URL, e.g. <c>https://chat.example.org</c>; a trailing <c>/api/v4</c> is accepted and stripped.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Supplies the bot token per request (see <see cref="MattermostTokens"/>); the token is never logged.</summary>
    public required Func<CancellationToken, ValueTask<string>> TokenProvider { get; init; }

    /// <summary>Retries after the first attempt for requests that may be retried (see docs/mattermost.md).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First backoff delay; doubled per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound for one backoff delay, including a server's Retry-After.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Send a <c>pending_post_id</c> with every new post so Mattermost deduplicates a repeated create (30 s window);
    /// only then is <see cref="MattermostClient.CreatePostAsync"/> retried after a 5xx or a connection failure.
    /// </summary>
    public bool UsePendingPostIds { get; init; } = true;

    /// <summary>Clock for backoff delays.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
