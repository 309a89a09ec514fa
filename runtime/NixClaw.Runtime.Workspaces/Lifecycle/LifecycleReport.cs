namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>The steps a lifecycle operation ran for one agent.</summary>
/// <param name="AgentId">Agent id.</param>
/// <param name="Steps">Steps in order with what each did.</param>
public sealed record LifecycleReport(string AgentId, IReadOnlyList<StepReport> Steps)
{
    /// <summary>The outcome of <paramref name="step"/>, or null when it did not run.</summary>
    public string? OutcomeOf(LifecycleStep step) => Steps.FirstOrDefault(s => s.Step == step)?.Outcome;
}
