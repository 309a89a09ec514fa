namespace NixClaw.Runtime.Gateway.State;

/// <summary>Row counts of the state database, for <c>/status</c> and tests.</summary>
/// <param name="Answered">Posts answered.</param>
/// <param name="Claimed">Posts claimed and not answered.</param>
/// <param name="GivenUp">Posts given up.</param>
/// <param name="Sessions">Sessions stored.</param>
public sealed record StoreCounts(long Answered, long Claimed, long GivenUp, long Sessions);
