namespace NixClaw;

/// <summary>File system of a partition.</summary>
public enum Filesystem
{
    /// <summary>ext4</summary>
    Ext4,

    /// <summary>vfat (the ESP).</summary>
    Vfat,

    /// <summary>xfs</summary>
    Xfs,

    /// <summary>btrfs</summary>
    Btrfs,

    /// <summary>Swap space (no mount point).</summary>
    Swap,
}
