using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Workspaces.Tests.Lifecycle;

/// <summary>Throws once before the chosen step (an interruption), and records every step that ran.</summary>
public sealed class FailAtStepHook(LifecycleStep? failAt) : ILifecycleHook
{
    private LifecycleStep? _failAt = failAt;

    public List<(LifecycleStep Step, string Outcome)> Completed { get; } = [];

    public ValueTask BeforeStepAsync(string agentId, LifecycleStep step, CancellationToken cancellationToken)
    {
        if (step == _failAt)
        {
            _failAt = null;
            throw new IOException($"injected failure before {step}");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AfterStepAsync(string agentId, LifecycleStep step, string outcome, CancellationToken cancellationToken)
    {
        Completed.Add((step, outcome));
        return ValueTask.CompletedTask;
    }
}
