namespace NixClaw.Runtime.Mattermost;

/// <summary>Exponential backoff with jitter: the n-th delay is uniform in [d/2, d] where d = min(cap, base × 2^n).</summary>
internal static class RetryBackoff
{
    /// <summary>Delay before retry number <paramref name="attempt"/> (0-based).</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitterSample)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var exponent = Math.Min(attempt, 30);
        var full = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var jittered = full * (0.5 + (0.5 * Math.Clamp(jitterSample, 0, 1)));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
