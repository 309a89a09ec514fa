using System.Text.Json;
using NixClaw.Generator.Tests.Support;
using NixClaw.Nix.Tests;

namespace NixClaw.Generator.Tests;

/// <summary>
/// Every project these tests generate, evaluated by the real upstream modules (disko, sops-nix, Home Manager,
/// colmena, deploy-rs; see <see cref="UpstreamEvaluation"/>) in one nix-instantiate run: the sample as the generator
/// writes it, a host using every disk layout and shell the vocabulary can express, and the benchmark's 1,000-agent host.
/// </summary>
public sealed class UpstreamEvaluationTests
{
    // Every filesystem (vfat, ext4, xfs, btrfs, swap), every partition type (ESP, Linux, swap), two disks, mount options.
    private const string Layout = """
        public static readonly Disk Main = new("main", "/dev/sda",
        [
            new Partition("ESP", "1G", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp, MountOptions = ["umask=0077"] },
            new Partition("swap", "8G", Filesystem.Swap),
            new Partition("root", "100%", Filesystem.Ext4, "/"),
        ]);

        public static readonly Disk Data = new("data", "/dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_drive-scsi1",
        [
            new Partition("data", "200G", Filesystem.Xfs, "/data"),
            new Partition("srv", "100%", Filesystem.Btrfs, "/srv") { MountOptions = ["compress=zstd", "noatime"] },
        ]);
        """;

    private static readonly Lazy<SampleRun> LayoutRun = new(() => new SampleRun(Edit(
        SampleSource.Text,
        (SampleDisk, Layout),
        ("        GitHubToken = GhToken,\n", "        GitHubToken = GhToken,\n        Shell = Shell.Zsh,\n"),
        ("        RootlessPodman = true,\n", "        RootlessPodman = true,\n        Shell = Shell.Bash,\n"),
        // No Tailscale auth key (extraSetFlags) and a sync interval that does not divide an hour (OnBootSec timers).
        ("Tailscale Tailnet = new(AuthKey: TailscaleAuthKey);", "Tailscale Tailnet = new();"),
        ("        DisplayName = \"Research\",\n", "        DisplayName = \"Research\",\n        SyncIntervalMinutes = 7,\n"))));

    // The benchmark's synthetic project (benchmarks/NixClaw.Benchmarks) at its largest size.
    private static readonly Lazy<SampleRun> FleetRun = new(() => new SampleRun(NixClaw.Benchmarks.SyntheticProject.HostSource(1000)));

    // One nix-instantiate run for all three: the upstream code is read once.
    private static readonly Lazy<IReadOnlyList<JsonElement>> Reports = new(() =>
        UpstreamEvaluation.EvaluateAll([SampleRun.Sample.WriteTo(), LayoutRun.Value.WriteTo(), FleetRun.Value.WriteTo()]));

    private static string SampleDisk
    {
        get
        {
            var text = SampleSource.Text;
            var start = text.IndexOf("    public static readonly Disk Main", StringComparison.Ordinal);
            var end = text.IndexOf("]);", start, StringComparison.Ordinal) + "]);".Length;
            return text[start..end];
        }
    }

    [Fact]
    public void EveryGeneratedProjectPassesTheUpstreamModules()
    {
        Assert.Empty(GeneratorHarness.Problems(LayoutRun.Value.Run, LayoutRun.Value.Output));
        Assert.Empty(GeneratorHarness.Problems(FleetRun.Value.Run, FleetRun.Value.Output));
        foreach (var report in Reports.Value)
        {
            UpstreamEvaluation.AssertPasses(report);
        }

        Assert.Equal(["nixclaw"], Reports.Value[0].GetProperty("hosts").EnumerateObject().Select(h => h.Name));
        Assert.Equal(["fleet"], Reports.Value[2].GetProperty("hosts").EnumerateObject().Select(h => h.Name));
    }

    [Fact]
    public void EveryDiskLayoutBecomesTheFileSystemsAndSwapDiskoDeclares()
    {
        var host = Reports.Value[1].GetProperty("hosts").GetProperty("nixclaw");
        Assert.Equal(["data", "main"], Strings(host.GetProperty("disko")).Order(StringComparer.Ordinal));
        var fileSystems = host.GetProperty("fileSystems");
        (string Mount, string Device, string Type, string[] Options)[] expected =
        [
            ("/", "/dev/disk/by-partlabel/disk-main-root", "ext4", ["defaults"]),
            ("/boot", "/dev/disk/by-partlabel/disk-main-ESP", "vfat", ["umask=0077"]),
            ("/data", "/dev/disk/by-partlabel/disk-data-data", "xfs", ["defaults"]),
            ("/srv", "/dev/disk/by-partlabel/disk-data-srv", "btrfs", ["compress=zstd", "noatime"]),
        ];
        Assert.Equal(expected.Select(e => e.Mount), fileSystems.EnumerateObject().Select(f => f.Name).Order(StringComparer.Ordinal));
        foreach (var (mount, device, type, options) in expected)
        {
            var fs = fileSystems.GetProperty(mount);
            Assert.Equal(device, fs.GetProperty("device").GetString());
            Assert.Equal(type, fs.GetProperty("fsType").GetString());
            Assert.Equal(options, Strings(fs.GetProperty("options")));
        }

        Assert.Equal(["/dev/disk/by-partlabel/disk-main-swap"], Strings(host.GetProperty("swapDevices")));
        // systemd-boot only: an EF02 partition would make disko add GRUB devices.
        Assert.Equal(0, host.GetProperty("grubDevices").GetArrayLength());
    }

    [Fact]
    public void EveryShellIsEnabledForTheUsersThatUseIt()
    {
        var host = Reports.Value[1].GetProperty("hosts").GetProperty("nixclaw");
        Assert.Equal("zsh", host.GetProperty("users").GetProperty("devinbernosky").GetProperty("shell").GetString());
        Assert.Equal("bash", host.GetProperty("users").GetProperty("openclaw").GetProperty("shell").GetString());
        Assert.True(host.GetProperty("shells").GetProperty("zsh").GetBoolean());
        Assert.Equal(["--ssh"], Strings(host.GetProperty("tailscale").GetProperty("extraSetFlags")));
        var timer = host.GetProperty("home").GetProperty("openclaw").GetProperty("timers").GetProperty("nixclaw-sync").GetProperty("Timer");
        Assert.Equal("7min", timer.GetProperty("OnUnitActiveSec").GetString());
    }

    [Fact]
    public void BrokenLayoutsAreRejectedByDiskoTypes()
    {
        (string Find, string Replace, string Message)[] mutations =
        [
            ("size = \"200G\";", "size = \"1.5G\";", "A definition for option `disko.devices.disk.data.content.partitions.data.size' is not of type `value \"100%\" (singular enum) or string matching the pattern [0-9]+[KMGTP]?'"),
            ("type = \"swap\";", "type = \"swp\";", "attribute 'swp' missing"),
            ("mountpoint = \"/srv\";", "mountpoint = \"srv\";", "disko.devices.disk.data.content.partitions.srv.content.mountpoint"),
        ];
        foreach (var (find, replace, message) in mutations)
        {
            var dir = LayoutRun.Value.WriteTo();
            var disko = Path.Combine(dir, "hosts", "nixclaw", "disko.nix");
            var text = File.ReadAllText(disko);
            Assert.Contains(find, text);
            File.WriteAllText(disko, text.Replace(find, replace, StringComparison.Ordinal));
            UpstreamEvaluation.Run([dir], deployTools: false).AssertFailsWith(message);
        }
    }

    private static string Edit(string text, params (string Find, string Replace)[] edits)
    {
        foreach (var (find, replace) in edits)
        {
            var index = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(index >= 0 && text.IndexOf(find, index + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in the sample");
            text = text[..index] + replace + text[(index + find.Length)..];
        }

        return text;
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
