using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary><c>hardware.nix</c>: Proxmox VM with OVMF, q35, VirtIO SCSI and the QEMU guest agent.</summary>
internal static class HardwareEmitter
{
    public static string Emit(HostModel host) => NixPrinter.File(
        Module(
            Attrs(
                Set("imports", NixExpr.List(Raw("(modulesPath + \"/profiles/qemu-guest.nix\")"))),
                NixBinding.Blank,
                Set("services.qemuGuest.enable", NixExpr.Bool(true)),
                new NixComment("sd_mod: VirtIO SCSI disks are SCSI disks (/dev/sdX)."),
                Set("boot.initrd.availableKernelModules", Strings(new[] { "ahci", "xhci_pci", "virtio_pci", "virtio_scsi", "sd_mod", "sr_mod" }))),
            "modulesPath"),
        Header.For(host));
}
