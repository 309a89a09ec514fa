namespace NixClaw.Runtime;

/// <summary>
/// Exit statuses of every verb, stable for scripts. The non-zero ones beyond 1 and 2 follow BSD
/// <c>sysexits.h</c>, so they mean the same as in other Unix tools.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done; for checks: nothing would fail.</summary>
    public const int Ok = 0;

    /// <summary>Something failed (a command the verb ran, the gateway is not healthy, an unexpected error).</summary>
    public const int Failure = 1;

    /// <summary>Bad command line: unknown verb or option, missing argument, undeclared secret name.</summary>
    public const int Usage = 2;

    /// <summary>Malformed input data, for example a secrets file that is not valid sops YAML or whose MAC does not verify.</summary>
    public const int DataError = 65;

    /// <summary>A service or tool is unavailable: a required program is not installed, an endpoint does not answer.</summary>
    public const int Unavailable = 69;

    /// <summary>The age key cannot decrypt the secrets file, or is not the declared recipient.</summary>
    public const int NoPermission = 77;

    /// <summary>
    /// Configuration error: generated files out of date, declared secrets missing, Nix folder not found,
    /// Nix files that do not parse. Fix the project, then run again.
    /// </summary>
    public const int Config = 78;

    /// <summary>Interrupted (Ctrl-C).</summary>
    public const int Interrupted = 130;
}
