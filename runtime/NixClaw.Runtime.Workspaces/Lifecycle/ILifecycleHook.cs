namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>Called before every lifecycle step: progress display, and failure injection in tests (throw to stop the run there).</summary>
public interface ILifecycleHook
{
    /// <summary>Runs before <paramref name="step"/> of <paramref name="agentId"/>.</summary>
    ValueTask BeforeStepAsync(string agentId, LifecycleStep step, CancellationToken cancellationToken);

    /// <summary>Runs after <paramref name="step"/> with a short description of what it did (for example "created", "reused").</summary>
    ValueTask AfterStepAsync(string agentId, LifecycleStep step, string outcome, CancellationToken cancellationToken);
}
