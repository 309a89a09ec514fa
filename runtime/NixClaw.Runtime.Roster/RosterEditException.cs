namespace NixClaw.Runtime.Roster;

/// <summary>A roster edit was refused: it would change a declared agent, conflict with a binding, or leave invalid files.</summary>
internal sealed class RosterEditException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RosterEditException(string message, IReadOnlyList<RosterError>? errors = null)
        : base(errors is { Count: > 0 } ? message + Environment.NewLine + string.Join(Environment.NewLine, errors) : message) =>
        Errors = errors ?? [];

    /// <summary>The validation errors behind the refusal, if any.</summary>
    public IReadOnlyList<RosterError> Errors { get; }
}
