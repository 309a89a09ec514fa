using System.Collections.Generic;

namespace NixClaw;

/// <summary>One GPT partition of a <see cref="Disk"/>.</summary>
/// <param name="Name">Partition name (label suffix), for example <c>ESP</c> or <c>root</c>.</param>
/// <param name="Size">disko size: digits with an optional K, M, G, T or P suffix (<c>512M</c>), or <c>100%</c> for the rest.</param>
/// <param name="Format">File system to create.</param>
/// <param name="Mountpoint">Absolute mount point, or null for none (swap has none).</param>
public sealed record Partition(string Name, string Size, Filesystem Format, string? Mountpoint = null)
{
    /// <summary>GPT partition type.</summary>
    public PartitionType Type { get; init; } = PartitionType.Linux;

    /// <summary>Mount options, for example <c>umask=0077</c> for the ESP.</summary>
    public IReadOnlyList<string> MountOptions { get; init; } = [];
}
