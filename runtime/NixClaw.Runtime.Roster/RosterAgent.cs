namespace NixClaw.Runtime.Roster;

/// <summary>An agent the gateway can route to: declared in C# or added at run time through <c>agents.json5</c>.</summary>
/// <param name="Id">Agent id (<c>^[a-z0-9_][a-z0-9_-]{0,63}$</c>).</param>
/// <param name="Name">Display name, if any.</param>
/// <param name="Workspace">Workspace folder as written (a leading <c>~</c> is left for the caller to expand), if known.</param>
/// <param name="Model">Model reference, if any.</param>
/// <param name="IsDeclared">Declared in C#: the file can neither change nor remove it.</param>
/// <param name="DeclaredChannel">The declared Mattermost channel name (declared agents only).</param>
public sealed record RosterAgent(string Id, string? Name, string? Workspace, string? Model, bool IsDeclared, string? DeclaredChannel);
