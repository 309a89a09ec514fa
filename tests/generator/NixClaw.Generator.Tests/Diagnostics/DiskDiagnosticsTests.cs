using static NixClaw.Generator.Tests.Diagnostics.Expected;

namespace NixClaw.Generator.Tests.Diagnostics;

/// <summary>NCLAW4xx: disks.</summary>
public sealed class DiskDiagnosticsTests
{
    private const string Esp = "new Partition(\"ESP\", \"512M\", Filesystem.Vfat, \"/boot\")";
    private const string Root = "new Partition(\"root\", \"100%\", Filesystem.Ext4, \"/\"),";
    private const string HostStart = "Host Nixclaw = new(\"nixclaw\")\n    {";
    private const string HostEnd = "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    };";

    private static (string, string)[] MarkHost => [(HostStart, "Host Nixclaw = [|new(\"nixclaw\")\n    {"), (HostEnd, "ConfigDirectory = \"nix-config/hosts/nixclaw\",\n    }|];")];

    [Theory]
    [InlineData("512MiB")]
    [InlineData("1.5G")]
    [InlineData("512m")]
    [InlineData("50%")]
    [InlineData("")]
    [InlineData(" 512M")]
    public void NCLAW401_InvalidSize(string size) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Esp, $"new Partition(\"ESP\", [|\"{size}\"|], Filesystem.Vfat, \"/boot\")")),
            Error("NCLAW401", $"Size '{size}' of partition 'ESP' is invalid: use digits with an optional K, M, G, T or P suffix, or \"100%\""));

    [Theory]
    [InlineData("512")]
    [InlineData("1G")]
    [InlineData("2T")]
    public void ValidSizes(string size) =>
        DiagnosticAssert.Clean(Sources.Sample((Esp, $"new Partition(\"ESP\", \"{size}\", Filesystem.Vfat, \"/boot\")")));

    [Fact]
    public void NCLAW402_TwoFillPartitions() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                (Esp, "new Partition(\"ESP\", \"100%\", Filesystem.Vfat, \"/boot\")"),
                (Root, "new Partition(\"root\", [|\"100%\"|], Filesystem.Ext4, \"/\"),")),
            Error("NCLAW402", "Disk 'main' has more than one \"100%\" partition ('ESP' and 'root')"));

    [Fact]
    public void NCLAW403_DuplicateMountpoint() =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Root, "new Partition(\"boot2\", \"1G\", Filesystem.Ext4, [|\"/boot\"|]),\n        " + Root)),
            Error("NCLAW403", "Mountpoint '/boot' is used by both 'ESP' and 'boot2'"));

    [Fact]
    public void NCLAW403_DuplicateMountpointOnAnotherDisk() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(("    // ---- People", "    public static readonly Disk Data = new(\"data\", \"/dev/sdb\", [new Partition(\"data\", \"100%\", Filesystem.Xfs, [|\"/\"|])]);\n\n    // ---- People")),
            Error("NCLAW403", "Mountpoint '/' is used by both 'root' and 'data'"));

    [Fact]
    public void NCLAW404_NoRootFileSystem() =>
        DiagnosticAssert.Exactly(
            Sources.Sample([.. MarkHost, (Root, "new Partition(\"root\", \"100%\", Filesystem.Ext4, \"/data\"),")]),
            Error("NCLAW404", "Host 'nixclaw' has no partition mounted at '/'"));

    [Fact]
    public void NCLAW405_NoEspBecauseTheTypeIsLinux() =>
        DiagnosticAssert.Exactly(
            Sources.Sample([.. MarkHost, ("Type = PartitionType.Esp,", "Type = PartitionType.Linux,")]),
            Error("NCLAW405", "Host 'nixclaw' boots with UEFI systemd-boot but has no EFI system partition (Type = PartitionType.Esp, vfat, mounted at /boot)"));

    [Fact]
    public void NCLAW405_NoEspBecauseTheFormatIsExt4() =>
        DiagnosticAssert.Exactly(
            Sources.Sample([.. MarkHost, (Esp, "new Partition(\"ESP\", \"512M\", Filesystem.Ext4, \"/boot\")")]),
            Error("NCLAW405", "Host 'nixclaw' boots with UEFI systemd-boot but has no EFI system partition (Type = PartitionType.Esp, vfat, mounted at /boot)"));

    [Fact]
    public void NCLAW406_SwapWithAMountpoint() =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Root, "new Partition(\"swap\", \"8G\", Filesystem.Swap, [|\"/swap\"|]),\n        " + Root)),
            Error("NCLAW406", "Mountpoint '/swap' of partition 'swap' is invalid: swap is not mounted"));

    [Theory]
    [InlineData("data")]
    [InlineData("/data/")]
    [InlineData("/srv//data")]
    [InlineData("/srv/../data")]
    public void NCLAW406_MountpointNotANormalisedAbsolutePath(string mountpoint) =>
        DiagnosticAssert.Exactly(
            Sources.Sample((Root, $"new Partition(\"data\", \"20G\", Filesystem.Xfs, [|\"{mountpoint}\"|]),\n        " + Root)),
            Error("NCLAW406", $"Mountpoint '{mountpoint}' of partition 'data' is invalid: it must be a normalised absolute path"));

    [Fact]
    public void SwapWithoutMountpointIsFine() =>
        DiagnosticAssert.Clean(Sources.Sample((Root, "new Partition(\"swap\", \"8G\", Filesystem.Swap) { Type = PartitionType.Swap },\n        " + Root)));

    [Fact]
    public void NCLAW407_NoDisk() =>
        DiagnosticAssert.Exactly(
            Sources.Sample(
                [.. MarkHost,
                ("public static readonly Disk Main = new(\"main\", \"/dev/sda\",", "private static readonly Partition[] Unused ="),
                (Root + "\n    ]);", Root + "\n    ];")]),
            Error("NCLAW407", "Host 'nixclaw' declares no disk"));
}
