using System.Collections.Generic;

namespace NixClaw;

/// <summary>A disk partitioned by disko.</summary>
/// <param name="Name">disko attribute name; part of every partition label, so keep it stable forever.</param>
/// <param name="Device">Block device, for example <c>/dev/sda</c> (VirtIO SCSI) or <c>/dev/vda</c>.</param>
/// <param name="Partitions">GPT partitions in order.</param>
public sealed record Disk(string Name, string Device, IReadOnlyList<Partition> Partitions);
