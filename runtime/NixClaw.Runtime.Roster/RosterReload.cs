namespace NixClaw.Runtime.Roster;

/// <summary>The result of one reload of the roster files.</summary>
/// <param name="Outcome">Applied, unchanged or rejected.</param>
/// <param name="Roster">The roster in force after the reload (the previous one when rejected).</param>
/// <param name="Errors">Why the files were rejected; empty otherwise.</param>
/// <param name="Warnings">Warnings of the files read.</param>
public sealed record RosterReload(RosterReloadOutcome Outcome, Roster Roster, IReadOnlyList<RosterError> Errors, IReadOnlyList<RosterError> Warnings);
