namespace NixClaw.Fakes.Mattermost;

/// <summary>Fault injection for REST requests; every rule applies to the next N matching requests.</summary>
public sealed class MattermostFakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];
    private TimeSpan _delay;

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="status"/> with an AppError body, unhandled.</summary>
    public void FailNext(int count, int status = 500, string? pathContains = null, string? method = null) =>
        Add(new Rule(count, status, pathContains, method, AfterHandling: false, RetryAfterSeconds: 0));

    /// <summary>
    /// The next <paramref name="count"/> matching requests are handled (state changes, events are sent) but the
    /// response is replaced by <paramref name="status"/>: the client cannot know the call succeeded.
    /// </summary>
    public void FailNextAfterHandling(int count, int status = 500, string? pathContains = null, string? method = null) =>
        Add(new Rule(count, status, pathContains, method, AfterHandling: true, RetryAfterSeconds: 0));

    /// <summary>The next <paramref name="count"/> matching requests get 429 <c>limit exceeded</c> with Retry-After and X-RateLimit-Reset.</summary>
    public void RateLimitNext(int count, int retryAfterSeconds = 1, string? pathContains = null, string? method = null) =>
        Add(new Rule(count, 429, pathContains, method, AfterHandling: false, RetryAfterSeconds: retryAfterSeconds));

    /// <summary>
    /// The next <paramref name="count"/> matching requests are answered 200 with <paramref name="json"/> as the body,
    /// unhandled (a malformed answer: an object where a list is expected, say).
    /// </summary>
    public void AnswerNextWith(int count, string json, string? pathContains = null, string? method = null) =>
        Add(new Rule(count, 200, pathContains, method, AfterHandling: false, RetryAfterSeconds: 0) { Body = json });

    /// <summary>Delay before every REST request is handled (zero to turn off).</summary>
    public TimeSpan Delay
    {
        get
        {
            lock (_gate)
            {
                return _delay;
            }
        }

        set
        {
            lock (_gate)
            {
                _delay = value;
            }
        }
    }

    /// <summary>Stop answering the WebSocket <c>ping</c> action (a half-open connection as seen by the client).</summary>
    public bool IgnoreWebSocketPings { get; set; }

    /// <summary>Skip one sequence number on the next event sent to a connection (that event is lost, and not kept for resume).</summary>
    public bool SkipNextSequenceNumber { get; set; }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _delay = TimeSpan.Zero;
        }

        IgnoreWebSocketPings = false;
        SkipNextSequenceNumber = false;
    }

    internal Rule? Take(string method, string path)
    {
        lock (_gate)
        {
            foreach (var rule in _rules)
            {
                if (rule.Remaining > 0
                    && (rule.PathContains is null || path.Contains(rule.PathContains, StringComparison.Ordinal))
                    && (rule.Method is null || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)))
                {
                    rule.Remaining--;
                    return rule;
                }
            }

            return null;
        }
    }

    private void Add(Rule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rule.Remaining);
        lock (_gate)
        {
            _rules.RemoveAll(static r => r.Remaining == 0);
            _rules.Add(rule);
        }
    }

    internal sealed class Rule(int count, int status, string? pathContains, string? method, bool AfterHandling, int RetryAfterSeconds)
    {
        public int Remaining { get; set; } = count;
        public int Status { get; } = status;
        public string? PathContains { get; } = pathContains;
        public string? Method { get; } = method;
        public bool IsAfterHandling { get; } = AfterHandling;
        public int RetryAfter { get; } = RetryAfterSeconds;
        public string? Body { get; init; }
    }
}
