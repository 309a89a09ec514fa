namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Why one model call attempt failed.</summary>
/// <param name="Description">Short reason for logs and the error reply, e.g. <c>HTTP 429 rate_limit_exceeded</c>.</param>
/// <param name="IsRetryable">Whether another attempt may succeed.</param>
/// <param name="RetryAfter">The server's requested delay, if it sent one.</param>
public sealed record ModelCallFailure(string Description, bool IsRetryable, TimeSpan? RetryAfter);
