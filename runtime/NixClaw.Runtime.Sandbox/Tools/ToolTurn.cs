namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// The turn a C# tool is called in, offered through <c>AIFunctionArguments.Services</c> (the gateway gives each
/// turn's function-invoking client a service provider with it and an <c>ILoggerFactory</c>).
/// </summary>
/// <param name="Channel">The Mattermost channel (or chat session) of the turn.</param>
/// <param name="User">The user whose message started it.</param>
public sealed record ToolTurn(string? Channel, string? User);
