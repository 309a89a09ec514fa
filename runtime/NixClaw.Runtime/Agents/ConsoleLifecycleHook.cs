using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Agents;

/// <summary>Prints each lifecycle step as it completes (<c>  repository: created</c>), so long runs show progress.</summary>
internal sealed class ConsoleLifecycleHook(TextWriter output) : ILifecycleHook
{
    public ValueTask BeforeStepAsync(string agentId, LifecycleStep step, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask AfterStepAsync(string agentId, LifecycleStep step, string outcome, CancellationToken cancellationToken)
    {
        output.WriteLine($"  {agentId}: {step}: {outcome}");
        return ValueTask.CompletedTask;
    }
}
