namespace NixClaw;

/// <summary>Boot loader of a host.</summary>
public enum BootLoader
{
    /// <summary>UEFI with systemd-boot; needs an EF00 partition mounted at <c>/boot</c>.</summary>
    SystemdBoot,
}
