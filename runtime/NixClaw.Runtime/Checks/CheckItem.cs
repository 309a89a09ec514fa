namespace NixClaw.Runtime.Checks;

/// <summary>The result of one check.</summary>
/// <param name="Name">Stable identifier for scripts, for example <c>generated-files</c>.</param>
/// <param name="Status">Outcome.</param>
/// <param name="Summary">One line for people.</param>
/// <param name="Details">One entry per problem (file, secret, parse error); never a secret value.</param>
/// <param name="Hint">What to do, or null.</param>
/// <param name="ExitCode">Exit status this failure maps to (<see cref="ExitCodes"/>).</param>
internal sealed record CheckItem(string Name, CheckStatus Status, string Summary, IReadOnlyList<string> Details, string? Hint = null, int ExitCode = ExitCodes.Ok)
{
    public static CheckItem Ok(string name, string summary) => new(name, CheckStatus.Ok, summary, []);

    public static CheckItem Skipped(string name, string summary, string? hint = null) => new(name, CheckStatus.Skipped, summary, [], hint);

    public static CheckItem Failed(string name, string summary, IReadOnlyList<string> details, string? hint, int exitCode = ExitCodes.Config) =>
        new(name, CheckStatus.Failed, summary, details, hint, exitCode);
}
