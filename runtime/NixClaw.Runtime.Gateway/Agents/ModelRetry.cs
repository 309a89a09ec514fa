namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>A scheduled retry of a model call (reported when the wait has started).</summary>
/// <param name="Model">Model name.</param>
/// <param name="FailedAttempt">The attempt that failed (1-based).</param>
/// <param name="Failure">Why it failed.</param>
/// <param name="Delay">Wait before the next attempt.</param>
public sealed record ModelRetry(string Model, int FailedAttempt, ModelCallFailure Failure, TimeSpan Delay);
