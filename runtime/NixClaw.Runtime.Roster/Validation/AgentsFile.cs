namespace NixClaw.Runtime.Roster.Validation;

/// <summary>What <c>agents.json5</c> contributes: its entries (valid ones) and the defaults that fill their gaps.</summary>
internal sealed record AgentsFile(IReadOnlyList<AgentEntry> Entries, IReadOnlySet<string> EntryIds, string? DefaultWorkspace, string? DefaultModel)
{
    public static AgentsFile Empty { get; } = new([], new HashSet<string>(), null, null);
}
