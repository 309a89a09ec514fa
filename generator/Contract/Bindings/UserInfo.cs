namespace NixClaw.Bindings;

/// <summary>A declared user.</summary>
/// <param name="Name">Unix user name.</param>
/// <param name="IsService">Whether this user runs the gateway.</param>
/// <param name="Home">Home directory.</param>
/// <param name="Shell">Login shell name.</param>
/// <param name="Linger">Whether the user's services start at boot.</param>
/// <param name="RootlessPodman">Whether the user runs rootless Podman.</param>
public sealed record UserInfo(string Name, bool IsService, string Home, string Shell, bool Linger, bool RootlessPodman);
