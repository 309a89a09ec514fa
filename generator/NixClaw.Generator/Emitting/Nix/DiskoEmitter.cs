using System.Collections.Generic;
using System.Linq;
using NixClaw.Generator.Model;
using static NixClaw.Generator.Emitting.Nix.NixBuild;

namespace NixClaw.Generator.Emitting.Nix;

/// <summary><c>disko.nix</c>: GPT disks and partitions as disko declares them.</summary>
internal static class DiskoEmitter
{
    public static string Emit(HostModel host)
    {
        var disks = host.Disks.Select(d => (NixBinding)SetPath(new[] { d.Name }, Attrs(
            Set("type", Str("disk")),
            Set("device", NixExpr.Apply("lib.mkDefault", Str(d.Device))),
            Set("content", Attrs(
                Set("type", Str("gpt")),
                Set("partitions", Attrs(d.Partitions.Select(Partition))))))));
        return NixPrinter.File(Module(Attrs(Set("disko.devices", Attrs(Set("disk", Attrs(disks))))), "lib"), Header.For(host));
    }

    private static NixBinding Partition(PartitionModel p)
    {
        var bindings = new List<NixBinding>();
        if (p.TypeCode != "8300")
        {
            bindings.Add(Set("type", Str(p.TypeCode)));
        }

        bindings.Add(Set("size", Str(p.Size)));
        var content = new List<NixBinding>();
        if (p.Format == "swap")
        {
            content.Add(Set("type", Str("swap")));
        }
        else
        {
            content.Add(Set("type", Str("filesystem")));
            content.Add(Set("format", Str(p.Format)));
            if (p.Mountpoint is not null)
            {
                content.Add(Set("mountpoint", Str(p.Mountpoint)));
            }

            if (p.MountOptions.Count > 0)
            {
                content.Add(Set("mountOptions", Strings(p.MountOptions)));
            }
        }

        bindings.Add(Set("content", Attrs(content)));
        return SetPath(new[] { p.Name }, Attrs(bindings));
    }
}
