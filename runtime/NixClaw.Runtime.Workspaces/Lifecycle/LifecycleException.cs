namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>A lifecycle step failed; every step before it is done and a rerun continues from here.</summary>
public sealed class LifecycleException : Exception
{
    public LifecycleException(string agentId, LifecycleStep step, Exception innerException)
        : base($"Agent '{agentId}': step {step} failed: {innerException.Message}. Completed steps stay done; run the command again to continue.", innerException)
    {
        AgentId = agentId;
        Step = step;
    }

    /// <summary>The agent.</summary>
    public string AgentId { get; }

    /// <summary>The step that failed.</summary>
    public LifecycleStep Step { get; }
}
