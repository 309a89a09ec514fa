using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>A partition: disko size string, file system (<c>ext4</c>, <c>vfat</c>, <c>swap</c>, ...), sgdisk type code.</summary>
internal sealed record PartitionModel(string Name, string Size, string Format, string? Mountpoint, string TypeCode, EquatableArray<string> MountOptions)
{
    public bool IsEsp => TypeCode == "EF00";
}
