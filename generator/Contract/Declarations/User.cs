using System.Collections.Generic;

namespace NixClaw;

/// <summary>A Unix user on the host.</summary>
/// <param name="Name">Unix user name: <c>[a-z_][a-z0-9_-]*</c>, at most 32 characters.</param>
/// <param name="Role">Admin (wheel, SSH) or service (runs the gateway and owns the workspaces).</param>
public sealed record User(string Name, UserRole Role)
{
    /// <summary>Free-text description (GECOS).</summary>
    public string Description { get; init; } = "";

    /// <summary>Login shell.</summary>
    public Shell Shell { get; init; } = Shell.Fish;

    /// <summary>Authorised SSH public keys.</summary>
    public IReadOnlyList<string> SshKeys { get; init; } = [];

    /// <summary>Keep the user's systemd instance running without a login, so user services start at boot.</summary>
    public bool Linger { get; init; }

    /// <summary>Give the user subuid/subgid ranges and what rootless Podman needs.</summary>
    public bool RootlessPodman { get; init; }

    /// <summary>Secret holding the password hash (<c>mkpasswd</c> output); decrypted before users exist.</summary>
    public Secret? PasswordHash { get; init; }

    /// <summary>Secret exported as <c>GH_TOKEN</c> in the user's interactive shell.</summary>
    public Secret? GitHubToken { get; init; }
}
