namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Limits of one turn (the agent's own <c>MaxTurns</c> limits model calls).</summary>
public sealed record AgentLimits
{
    /// <summary>Output tokens per model call (<c>max_tokens</c>).</summary>
    public int MaxOutputTokens { get; init; } = 4096;

    /// <summary>Wall-clock time of a whole turn, tool calls and retries included.</summary>
    public TimeSpan TurnTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Messages kept per session (older ones are dropped).</summary>
    public int MaxSessionMessages { get; init; } = 40;

    /// <summary>Characters of the reply posted (Mattermost rejects more than 16383 runes).</summary>
    public int MaxReplyCharacters { get; init; } = 16_000;
}
