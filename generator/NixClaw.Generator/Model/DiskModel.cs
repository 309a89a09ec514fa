using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>A disk and its GPT partitions, in declaration order (disko keeps that order, 100% last).</summary>
internal sealed record DiskModel(string FieldName, string Name, string Device, EquatableArray<PartitionModel> Partitions);
