namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>What one lifecycle step did.</summary>
/// <param name="Step">The step.</param>
/// <param name="Outcome">Short description, for example <c>created</c>, <c>reused</c>, <c>restored</c>.</param>
public sealed record StepReport(LifecycleStep Step, string Outcome);
