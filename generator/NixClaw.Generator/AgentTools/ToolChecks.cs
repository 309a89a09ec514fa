using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.AgentTools;

/// <summary>Project-wide tool checks: two methods with one tool name, and tools no agent is given.</summary>
internal static class ToolChecks
{
    public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<ToolExtraction> tools, ProjectModel project)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = tools
            .OrderBy(t => t.Location?.FilePath ?? "", System.StringComparer.Ordinal)
            .ThenBy(t => t.Location?.Span.Start ?? 0)
            .ToList();
        var first = new Dictionary<string, ToolExtraction>(System.StringComparer.Ordinal);
        foreach (var tool in ordered)
        {
            if (first.TryGetValue(tool.Name, out var earlier))
            {
                diagnostics.Add(DiagnosticInfo.Create(ToolDiagnosticDescriptors.ToolNameTaken, tool.NameLocation, tool.Name, "the tool method '" + earlier.MethodKey + "'"));
            }
            else
            {
                first[tool.Name] = tool;
            }
        }

        var given = new HashSet<string>(project.Hosts.SelectMany(h => h.Agents).SelectMany(a => a.Tools), System.StringComparer.Ordinal);
        foreach (var tool in ordered)
        {
            if (!given.Contains(tool.Name) && !ToolExtractor.BuiltInNames.Contains(tool.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(ToolDiagnosticDescriptors.UnusedTool, tool.Location, tool.Name));
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
