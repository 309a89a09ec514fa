using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Binding;

/// <summary>Checks across host classes: host names are flake attributes, so they must be unique.</summary>
internal static class ProjectChecks
{
    public static EquatableArray<DiagnosticInfo> DuplicateHosts(ImmutableArray<HostClass> classes)
    {
        var result = new List<DiagnosticInfo>();
        var seen = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var hostClass in classes.OrderBy(c => c.Namespace + "." + c.Name, System.StringComparer.Ordinal))
        {
            foreach (var field in hostClass.Fields.Where(f => f.Type == "NixClaw." + nameof(Host)))
            {
                if (field.Value is ObjVal host && host.Get(nameof(Host.Name)) is StrVal { Value: var name } nameVal)
                {
                    if (seen.TryGetValue(name, out var first))
                    {
                        result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, nameVal.Location, "Host name", name, first));
                    }
                    else
                    {
                        seen[name] = hostClass.Name + "." + field.Name;
                    }
                }
            }
        }

        return result.ToEquatableArray();
    }
}
