namespace NixClaw.Runtime.Checks;

/// <summary>Outcome of one check.</summary>
internal enum CheckStatus
{
    /// <summary>Fine.</summary>
    Ok,

    /// <summary>Worth fixing, but would not fail a deploy.</summary>
    Warning,

    /// <summary>Could not run here (a tool is missing); says why.</summary>
    Skipped,

    /// <summary>Would fail a deploy.</summary>
    Failed,
}
