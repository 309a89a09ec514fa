namespace NixClaw.Runtime.Roster;

/// <summary>The roster's file names inside the config directory (the names OpenClaw's <c>$include</c>s use).</summary>
public static class RosterFileNames
{
    /// <summary>The agents file: <c>{ ownership: "explicit", defaults?: {...}, entries: { id: {...} } }</c>.</summary>
    public const string Agents = "agents.json5";

    /// <summary>The bindings file: an array of <c>{ agentId, match: {...} }</c>.</summary>
    public const string Bindings = "bindings.json5";
}
