namespace NixClaw.Runtime.Roster.Validation;

/// <summary>What <c>agents.json5</c> contributes: its entries (valid ones) and the defaults that fill their gaps.</summary>
/// <param name="Entries">The valid entries.</param>
/// <param name="EntryIds">Every well-formed id under <c>entries</c>, valid entry or not.</param>
/// <param name="DefaultWorkspace"><c>defaults.workspace</c>.</param>
/// <param name="DefaultModel"><c>defaults.model</c> (the primary).</param>
/// <param name="IdsKnown">False when the file is too broken to say which ids it defines (syntax error, wrong root or
/// <c>entries</c> kind); bindings are then not checked against the ids, which would only repeat that error.</param>
internal sealed record AgentsFile(IReadOnlyList<AgentEntry> Entries, IReadOnlySet<string> EntryIds, string? DefaultWorkspace, string? DefaultModel, bool IdsKnown = true)
{
    /// <summary>No file: no runtime agents.</summary>
    public static AgentsFile Empty { get; } = new([], new HashSet<string>(), null, null);

    /// <summary>A file whose agent ids cannot be read.</summary>
    public static AgentsFile Unreadable { get; } = new([], new HashSet<string>(), null, null, IdsKnown: false);
}
