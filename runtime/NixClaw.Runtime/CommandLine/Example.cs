namespace NixClaw.Runtime.CommandLine;

/// <summary>An example shown under <c>--help</c>.</summary>
/// <param name="Arguments">What follows the program name.</param>
/// <param name="Description">What it does.</param>
public sealed record Example(string Arguments, string Description);
