namespace NixClaw.Fakes.Brave;

/// <summary>How the Brave fake behaves.</summary>
public sealed record BraveFakeOptions
{
    /// <summary>Subscription tokens the fake accepts.</summary>
    public IReadOnlyList<string> ValidKeys { get; init; } = ["test-brave-key"];

    /// <summary>Successful requests allowed per second before 429 <c>RATE_LIMITED</c>.</summary>
    public int PerSecondLimit { get; init; } = 50;

    /// <summary>Successful requests allowed per month before 429 <c>QUOTA_LIMITED</c> (0 = uncapped, as on pay-as-you-go keys).</summary>
    public int MonthlyQuota { get; init; }

    /// <summary>Results available per query (the fake makes them up from the query).</summary>
    public int AvailableResults { get; init; } = 30;

    /// <summary>Answer without a <c>web</c> key, as Brave does when there are no web results.</summary>
    public bool NoWebResults { get; init; }

    /// <summary>Clock for the rate-limit windows.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
