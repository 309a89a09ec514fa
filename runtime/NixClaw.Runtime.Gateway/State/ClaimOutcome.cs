namespace NixClaw.Runtime.Gateway.State;

/// <summary>Result of <see cref="GatewayStateStore.TryClaim"/>.</summary>
public enum ClaimOutcome
{
    /// <summary>First time seen: this run owns it now.</summary>
    Claimed,

    /// <summary>Claimed by an earlier run that never answered it (crash or abandoned at shutdown): this run owns it now.</summary>
    Reclaimed,

    /// <summary>This run is already working on it (a redelivery).</summary>
    InFlight,

    /// <summary>Already answered: never answer again.</summary>
    AlreadyAnswered,

    /// <summary>Claimed too often without an answer; given up so a poison post cannot loop forever.</summary>
    GivenUp,
}
