namespace NixClaw;

/// <summary>What the host runs on.</summary>
public enum HardwareProfile
{
    /// <summary>Proxmox VM: OVMF (UEFI), q35, VirtIO SCSI, QEMU guest agent.</summary>
    ProxmoxQemu,
}
