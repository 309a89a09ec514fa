namespace NixClaw;

/// <summary>The machine: one NixOS host. Exactly one per <see cref="NixClawHostAttribute"/> class.</summary>
/// <param name="Name">Host name (<c>networking.hostName</c>, flake attribute, Tailscale name).</param>
public sealed record Host(string Name)
{
    /// <summary>Nix platform of the machine.</summary>
    public Platform Platform { get; init; } = Platform.X86_64Linux;

    /// <summary>NixOS release the machine was first installed with; never bump it later.</summary>
    public string StateVersion { get; init; } = "25.11";

    /// <summary>IANA time zone, for example <c>Europe/Berlin</c>.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Hardware profile of the virtual machine.</summary>
    public HardwareProfile Hardware { get; init; } = HardwareProfile.ProxmoxQemu;

    /// <summary>Boot loader; UEFI with systemd-boot needs an ESP mounted at <c>/boot</c>.</summary>
    public BootLoader Boot { get; init; } = BootLoader.SystemdBoot;

    /// <summary>The age public key (<c>age1...</c>) that encrypts this host's sops file.</summary>
    public string AgeRecipient { get; init; } = "";

    /// <summary>SSH port of sshd on the host.</summary>
    public int SshPort { get; init; } = 22;

    /// <summary>Address operators deploy to after installation (a Tailscale name by default: the host name).</summary>
    public string? DeployAddress { get; init; }

    /// <summary>Folder (relative to the admin's home) holding this configuration on the host; SSH sessions land there.</summary>
    public string ConfigDirectory { get; init; } = "nix-config";
}
