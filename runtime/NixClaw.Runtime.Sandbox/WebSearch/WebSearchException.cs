namespace NixClaw.Runtime.Sandbox.WebSearch;

/// <summary>A web search that failed: bad key, rate limit, timeout, or a response that is not Brave's.</summary>
internal sealed class WebSearchException : Exception
{
    public WebSearchException(string message)
        : base(message)
    {
    }

    public WebSearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WebSearchException()
    {
    }

    /// <summary>For 429: seconds until the per-second window resets (from <c>X-RateLimit-Reset</c>), when given.</summary>
    public int? RetryAfterSeconds { get; init; }
}
