namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>How model calls are retried: 408/409/429/5xx, timeouts and dropped connections, like the OpenAI SDK.</summary>
public sealed record ModelRetryPolicy
{
    /// <summary>Attempts per model call, the first included.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>Delay before the second attempt; doubled for each further one.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one delay, including a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time one attempt may take before it counts as a timeout.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The delay before attempt <paramref name="nextAttempt"/> (2, 3, ...) when the server gave no Retry-After.</summary>
    public TimeSpan BackoffBefore(int nextAttempt)
    {
        var factor = Math.Pow(2, Math.Max(0, nextAttempt - 2));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
