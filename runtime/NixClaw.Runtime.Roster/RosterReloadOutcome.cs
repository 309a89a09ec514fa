namespace NixClaw.Runtime.Roster;

/// <summary>What a reload did.</summary>
public enum RosterReloadOutcome
{
    /// <summary>The files were valid and changed the roster; the new snapshot is in force.</summary>
    Applied,

    /// <summary>The files were valid but describe the roster already in force.</summary>
    Unchanged,

    /// <summary>The files were invalid; the last good roster stays in force.</summary>
    Rejected,
}
