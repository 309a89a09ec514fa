namespace NixClaw.Runtime.Roster;

/// <summary>The outcome of reading the roster files.</summary>
/// <param name="Roster">The roster, or null when any file has an error.</param>
/// <param name="Errors">Every error of both files, in file order.</param>
/// <param name="Warnings">Things that do not stop the roster from loading (e.g. a declared agent missing from the file).</param>
public sealed record RosterLoadResult(Roster? Roster, IReadOnlyList<RosterError> Errors, IReadOnlyList<RosterError> Warnings)
{
    /// <summary>Whether the files were valid.</summary>
    public bool IsValid => Roster is not null;
}
