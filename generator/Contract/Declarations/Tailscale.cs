namespace NixClaw;

/// <summary>Tailscale on the host: SSH access with no open ports.</summary>
/// <param name="AuthKey">Pre-auth key; without it run <c>sudo tailscale up --ssh</c> once after install.</param>
public sealed record Tailscale(Secret? AuthKey = null)
{
    /// <summary>Serve Tailscale SSH.</summary>
    public bool Ssh { get; init; } = true;
}
