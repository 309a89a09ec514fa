namespace NixClaw.Fakes.Brave;

/// <summary>A request the fake received.</summary>
/// <param name="Query">The raw query string.</param>
/// <param name="SubscriptionToken">The <c>X-Subscription-Token</c> header, if any.</param>
/// <param name="Status">The status code the fake answered with.</param>
public sealed record BraveFakeRequest(string Query, string? SubscriptionToken, int Status);
