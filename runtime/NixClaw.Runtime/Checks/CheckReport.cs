namespace NixClaw.Runtime.Checks;

/// <summary>Several checks; the exit status is the most severe failure's.</summary>
internal sealed record CheckReport(IReadOnlyList<CheckItem> Items)
{
    /// <summary>True when nothing failed.</summary>
    public bool Passed => Items.All(i => i.Status != CheckStatus.Failed);

    /// <summary>0 when nothing failed; 78 when the configuration would fail a deploy; else the first failure's code (69: unreachable).</summary>
    public int ExitCode =>
        Passed ? ExitCodes.Ok
        : Items.Any(i => i.Status == CheckStatus.Failed && i.ExitCode == ExitCodes.Config) ? ExitCodes.Config
        : Items.First(i => i.Status == CheckStatus.Failed).ExitCode;
}
