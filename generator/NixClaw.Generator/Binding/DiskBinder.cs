using System;
using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary><see cref="Disk"/> declarations and their partitions: sizes, mount points, a root and an ESP.</summary>
internal sealed class DiskBinder
{
    private static readonly Partition DefaultPartition = new("", "", Filesystem.Ext4);

    private readonly BindContext _context;
    private readonly List<(string? Mountpoint, string Partition, LocationInfo? Location)> _mounts = new();

    public DiskBinder(BindContext context) => _context = context;

    public List<DiskModel> Bind()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        return _context.BindAll(nameof(Disk), (field, r) => BindOne(field, r, names));
    }

    private DiskModel BindOne(DeclaredField field, ObjReader r, Dictionary<string, string> names)
    {
        var name = r.Required(nameof(Disk.Name));
        _context.Unique(names, "Disk name", name, field, r.Where(nameof(Disk.Name)));
        var partitions = new List<PartitionModel>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        string? fill = null;
        foreach (var item in r.List(nameof(Disk.Partitions)).OfType<ObjVal>())
        {
            var p = _context.Reader(item, field.Name + "." + nameof(Disk.Partitions));
            var partName = p.Required(nameof(Partition.Name));
            _context.Unique(seen, "Partition name", partName, field, p.Where(nameof(Partition.Name)));
            var size = p.Str(nameof(Partition.Size), "");
            if (!Rules.DiskoSize.IsMatch(size))
            {
                p.Report(DiagnosticDescriptors.InvalidSize, p.Where(nameof(Partition.Size)), size, partName);
            }
            else if (size == "100%")
            {
                if (fill is not null)
                {
                    p.Report(DiagnosticDescriptors.MultipleFillPartitions, p.Where(nameof(Partition.Size)), name, fill, partName);
                }

                fill ??= partName;
            }

            var format = p.Enum(nameof(Partition.Format), DefaultPartition.Format);
            var mountpoint = p.OptStr(nameof(Partition.Mountpoint));
            CheckMountpoint(p, format, mountpoint, partName);

            // A swap partition's type follows its format unless the declaration says otherwise (the record cannot
            // default one property from another).
            var type = p.Enum(nameof(Partition.Type), format == Filesystem.Swap ? PartitionType.Swap : DefaultPartition.Type);
            partitions.Add(new PartitionModel(
                partName,
                size,
                format.ToString().ToLowerInvariant(),
                mountpoint,
                type switch { PartitionType.Esp => "EF00", PartitionType.Swap => "8200", _ => "8300" },
                p.Strings(nameof(Partition.MountOptions))));
            _mounts.Add((mountpoint, partName, p.Where(nameof(Partition.Mountpoint))));
        }

        return new DiskModel(field.Name, name, r.Required(nameof(Disk.Device)), partitions.ToEquatableArray());
    }

    private static void CheckMountpoint(ObjReader p, Filesystem format, string? mountpoint, string partition)
    {
        if (format == Filesystem.Swap && mountpoint is not null)
        {
            p.Report(DiagnosticDescriptors.InvalidMountpoint, p.Where(nameof(Partition.Mountpoint)), mountpoint, partition, "swap is not mounted");
        }
        else if (mountpoint is not null && (!mountpoint.StartsWith("/", StringComparison.Ordinal) || mountpoint.Contains("//") || (mountpoint.Length > 1 && mountpoint.EndsWith("/", StringComparison.Ordinal)) || mountpoint.Split('/').Any(s => s is "." or "..")))
        {
            p.Report(DiagnosticDescriptors.InvalidMountpoint, p.Where(nameof(Partition.Mountpoint)), mountpoint, partition, "it must be a normalised absolute path");
        }
    }

    /// <summary>At least one disk, each mount point once, a root file system and (for systemd-boot) an ESP at /boot.</summary>
    public void Check(HostModel host, ObjReader hostReader)
    {
        if (host.Disks.Count == 0)
        {
            hostReader.Report(DiagnosticDescriptors.NoDisk, hostReader.Where(), host.Name);
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mountpoint, partition, location) in _mounts)
        {
            if (mountpoint is null)
            {
                continue;
            }

            if (seen.TryGetValue(mountpoint, out var first))
            {
                _context.Report(DiagnosticDescriptors.DuplicateMountpoint, location, mountpoint, first, partition);
            }
            else
            {
                seen[mountpoint] = partition;
            }
        }

        var partitions = host.Disks.SelectMany(d => d.Partitions).ToList();
        if (!partitions.Any(p => p.Mountpoint == "/"))
        {
            hostReader.Report(DiagnosticDescriptors.MissingRoot, hostReader.Where(), host.Name);
        }

        if (host.Boot == nameof(BootLoader.SystemdBoot) && !partitions.Any(p => p.IsEsp && p.Format == "vfat" && p.Mountpoint == "/boot"))
        {
            hostReader.Report(DiagnosticDescriptors.MissingEsp, hostReader.Where(), host.Name);
        }
    }
}
