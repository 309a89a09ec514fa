namespace NixClaw.Runtime.Roster;

/// <summary>Gives the roster in force right now. Read <see cref="Current"/> once per message; never cache it.</summary>
public interface IRosterSource
{
    /// <summary>The latest valid roster snapshot.</summary>
    Roster Current { get; }
}
