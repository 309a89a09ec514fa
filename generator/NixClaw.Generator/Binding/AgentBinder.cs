using System.Collections.Generic;
using System.Linq;
using NixClaw.Contract;
using NixClaw.Generator.Diagnostics;
using NixClaw.Generator.Evaluation;
using NixClaw.Generator.Helpers;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary><see cref="Agent"/> declarations: id and channel, model, tools, sandbox limits, sync and turn limits.</summary>
internal static class AgentBinder
{
    private static readonly Agent Default = new("", "");
    private static readonly SandboxPolicy DefaultSandbox = new();
    private static readonly WebSearchTool DefaultWebSearch = new(ApiKey: null);
    private static readonly FileTools DefaultFileTools = new();

    public static List<AgentModel> Bind(BindContext context, List<ModelModel> models)
    {
        var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var channels = new Dictionary<string, string>(System.StringComparer.Ordinal);
        return context.BindAll(nameof(Agent), (field, r) =>
        {
            var agent = BindOne(context, field, r, models);
            context.Unique(ids, "Agent id", agent.Id, field, r.Where(nameof(Agent.Id)));
            context.Unique(channels, "Channel", agent.Channel, field, r.Where(nameof(Agent.Channel)));
            return agent;
        });
    }

    private static AgentModel BindOne(BindContext context, DeclaredField field, ObjReader r, List<ModelModel> models)
    {
        var id = r.Required(nameof(Agent.Id));
        if (id.Length > 0 && !AgentIdRule.IsValid(id))
        {
            r.Report(DiagnosticDescriptors.InvalidAgentId, r.Where(nameof(Agent.Id)), id);
        }

        var channel = r.Str(nameof(Agent.Channel), "");
        if (ChannelNameRule.Problem(channel) is { } channelProblem)
        {
            r.Report(DiagnosticDescriptors.InvalidChannelName, r.Where(nameof(Agent.Channel)), channel, id, channelProblem);
        }

        var modelName = ResolveModel(r, id, models);
        var tools = BindTools(context, field, r, id);
        var sandbox = BindSandbox(context, field, r, id, tools.Names);
        var syncMinutes = r.Int(nameof(Agent.SyncIntervalMinutes), Default.SyncIntervalMinutes);
        BindingChecks.Range(r, nameof(Agent.SyncIntervalMinutes), syncMinutes, id, 1, 1440);
        var maxTurns = r.Int(nameof(Agent.MaxTurns), Default.MaxTurns);
        BindingChecks.Range(r, nameof(Agent.MaxTurns), maxTurns, id, 1, 1000);
        return new AgentModel(
            FieldName: field.Name,
            Id: id,
            DisplayName: r.OptStr(nameof(Agent.DisplayName)) ?? id,
            Channel: channel,
            Model: modelName,
            Tools: tools.Names.ToEquatableArray(),
            WebSearchKeySecret: tools.SearchKey,
            WebSearchMaxResults: tools.MaxResults,
            Sandbox: sandbox,
            WorkspaceTemplate: r.Str(nameof(Agent.WorkspaceTemplate), Default.WorkspaceTemplate),
            SyncIntervalMinutes: syncMinutes,
            MaxTurns: maxTurns);
    }

    /// <summary>The named model when it is declared in this host, else the default model.</summary>
    private static string ResolveModel(ObjReader r, string agentId, List<ModelModel> models)
    {
        if (r.Obj(nameof(Agent.Model)) is { } modelObj)
        {
            var name = modelObj.Get(nameof(NixClaw.Model.Name)) is StrVal s ? s.Value : "";
            var declared = models.FirstOrDefault(m => m.Name == name);
            if (declared is null || modelObj.Origin is null)
            {
                r.Report(DiagnosticDescriptors.UndeclaredModel, r.Where(nameof(Agent.Model)), agentId, name);
            }

            return name;
        }

        var fallback = models.FirstOrDefault(m => m.IsDefault);
        if (fallback is null)
        {
            r.Report(DiagnosticDescriptors.AgentWithoutModel, r.Where(), agentId);
            return "";
        }

        return fallback.Name;
    }

    /// <summary>The tools by OpenClaw name, in declaration order; web search brings its key and result count.</summary>
    private static (List<string> Names, string? SearchKey, int MaxResults) BindTools(BindContext context, DeclaredField field, ObjReader r, string id)
    {
        var names = new List<string>();
        string? searchKey = null;
        var maxResults = DefaultWebSearch.MaxResults;
        foreach (var tool in r.List(nameof(Agent.Tools)).OfType<ObjVal>())
        {
            var t = context.Reader(tool, field.Name + "." + nameof(Agent.Tools));
            string[] toolNames;
            switch (tool.Type)
            {
                case "NixClaw." + nameof(ExecTool):
                    toolNames = new[] { "exec" };
                    break;
                case "NixClaw." + nameof(FileTools):
                    toolNames = t.Bool(nameof(FileTools.ReadOnly), DefaultFileTools.ReadOnly) ? new[] { "read", "list" } : new[] { "read", "write", "edit", "list" };
                    break;
                case "NixClaw." + nameof(WebSearchTool):
                    toolNames = new[] { "web_search" };
                    searchKey = context.SecretRef(t, nameof(WebSearchTool.ApiKey), "the web search tool of agent '" + id + "'", SecretReader.ServiceUser);
                    if (searchKey is null)
                    {
                        t.Report(DiagnosticDescriptors.WebSearchWithoutKey, t.Where(nameof(WebSearchTool.ApiKey)), id);
                    }

                    maxResults = t.Int(nameof(WebSearchTool.MaxResults), DefaultWebSearch.MaxResults);
                    BindingChecks.Range(t, nameof(WebSearchTool.MaxResults), maxResults, id, 1, 20);
                    break;
                case "NixClaw." + nameof(MethodTool):
                    // A C# tool (Tool.From): the evaluator resolved its name from the method's [AgentTool].
                    toolNames = new[] { t.Str("ToolName", "") };
                    _ = t.Str(nameof(MethodTool.MethodName), "");
                    if (toolNames[0].Length == 0)
                    {
                        // Not an [AgentTool] method: NCLAW610, reported by the evaluator.
                        continue;
                    }

                    if (names.Contains(toolNames[0]))
                    {
                        t.Report(ToolDiagnosticDescriptors.ToolGivenTwice, t.Where(), id, toolNames[0]);
                        continue;
                    }

                    break;
                default:
                    t.Report(DiagnosticDescriptors.NotCompileTimeValue, t.Where(), tool.Type, "a tool type NixClaw does not know");
                    continue;
            }

            if (toolNames.Any(names.Contains))
            {
                t.Report(DiagnosticDescriptors.DuplicateTool, t.Where(), id, toolNames[0]);
                continue;
            }

            names.AddRange(toolNames);
        }

        return (names, searchKey, maxResults);
    }

    private static SandboxModel BindSandbox(BindContext context, DeclaredField field, ObjReader r, string id, List<string> tools)
    {
        var s = r.Obj(nameof(Agent.Sandbox)) is { } sandboxObj ? context.Reader(sandboxObj, field.Name + "." + nameof(Agent.Sandbox)) : null;
        var model = new SandboxModel(
            (s?.Enum(nameof(SandboxPolicy.Backend), DefaultSandbox.Backend) ?? DefaultSandbox.Backend).ToString().ToLowerInvariant(),
            s?.Bool(nameof(SandboxPolicy.Network), DefaultSandbox.Network) ?? DefaultSandbox.Network,
            s?.Int(nameof(SandboxPolicy.MemoryMb), DefaultSandbox.MemoryMb) ?? DefaultSandbox.MemoryMb,
            s?.Int(nameof(SandboxPolicy.MaxProcesses), DefaultSandbox.MaxProcesses) ?? DefaultSandbox.MaxProcesses,
            s?.Int(nameof(SandboxPolicy.TimeoutSeconds), DefaultSandbox.TimeoutSeconds) ?? DefaultSandbox.TimeoutSeconds,
            s?.Str(nameof(SandboxPolicy.Image), DefaultSandbox.Image) ?? DefaultSandbox.Image);
        if (s is not null)
        {
            BindingChecks.Range(s, nameof(SandboxPolicy.MemoryMb), model.MemoryMb, id, 16, 1048576);
            BindingChecks.Range(s, nameof(SandboxPolicy.MaxProcesses), model.MaxProcesses, id, 8, 65536);
            BindingChecks.Range(s, nameof(SandboxPolicy.TimeoutSeconds), model.TimeoutSeconds, id, 1, 86400);
            if (model.Network && tools.Contains("exec"))
            {
                s.Report(DiagnosticDescriptors.SandboxNetwork, s.Where(nameof(SandboxPolicy.Network)), id);
            }
        }

        return model;
    }
}
