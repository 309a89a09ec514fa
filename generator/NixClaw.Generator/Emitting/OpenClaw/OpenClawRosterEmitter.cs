using System.Linq;
using NixClaw.Generator.Emitting.Json;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting.OpenClaw;

/// <summary>
/// The roster files beside <c>openclaw.json</c>. OpenClaw reads <c>agents</c> as
/// <c>{ $include: ["./agents.json5", "./declared-agents.json5"] }</c>: an include array is a deep merge in which the
/// later file wins (OpenClaw's $include merge), so the declared agents are merged over the runtime ones that
/// <c>agent new</c> writes, and a declared id always keeps its declared values.
/// <list type="bullet">
/// <item><c>declared-agents.json5</c>: generated from the declarations; replaced on every deploy.</item>
/// <item><c>agents.json5</c>, <c>bindings.json5</c>: the runtime files' initial content (no agents, no bindings); the
/// deploy installs them only where they do not exist yet, so runtime agents survive the next deploy.</item>
/// </list>
/// </summary>
internal static class OpenClawRosterEmitter
{
    public const string DeclaredAgentsFile = "declared-agents.json5";
    public const string AgentsFile = "agents.json5";
    public const string BindingsFile = "bindings.json5";

    /// <summary>
    /// <c>{ ownership, defaults, entries }</c> for the declared agents: name, workspace
    /// (<c>~/&lt;WorkspacesDirectory&gt;/&lt;id&gt;</c>, where the NixClaw gateway keeps it) and model in OpenClaw's
    /// <c>provider/model-id</c> form, which both gateways read; the defaults alias each declared model's name to it.
    /// </summary>
    public static string DeclaredAgents(HostModel host)
    {
        var json = new JsonWriter().BeginObject().Member("ownership", "explicit");
        var workspaces = WorkspacesRoot(host.Gateway.WorkspacesDirectory);
        json.Name("defaults").BeginObject().Member("workspace", workspaces);
        if (host.Models.FirstOrDefault(m => m.IsDefault) is { } defaultModel)
        {
            json.Member("model", OpenClawConfigEmitter.ModelRef(defaultModel));
        }

        ModelAliases(json, host);
        json.EndObject();
        json.Name("entries").BeginObject();
        foreach (var agent in host.Agents.OrderBy(a => a.Id, System.StringComparer.Ordinal))
        {
            json.Name(agent.Id).BeginObject()
                .Member("name", agent.DisplayName)
                .Member("workspace", workspaces + "/" + agent.Id);
            var model = host.Models.FirstOrDefault(m => m.Name == agent.Model);
            json.Member("model", model is null ? agent.Model : OpenClawConfigEmitter.ModelRef(model));
            json.EndObject();
        }

        return json.EndObject().EndObject().ToString();
    }

    /// <summary>
    /// <c>models: { "&lt;provider&gt;/&lt;model id&gt;": { alias: "&lt;declared name&gt;" } }</c>. OpenClaw resolves a model named
    /// without a provider through its aliases first (without one, <c>llama</c> becomes <c>openai/llama</c>), so a roster
    /// entry may name a declared model either way in both gateways, as NixClaw's <c>ModelReference</c> does.
    /// </summary>
    private static void ModelAliases(JsonWriter json, HostModel host)
    {
        if (host.Models.Count == 0)
        {
            return;
        }

        json.Name("models").BeginObject();
        foreach (var model in host.Models)
        {
            json.Name(OpenClawConfigEmitter.ModelRef(model)).BeginObject().Member("alias", model.Name).EndObject();
        }

        json.EndObject();
    }

    /// <summary>The runtime agents file as <c>agent new</c> starts it: explicit ownership, no entries.</summary>
    public static string InitialAgents() =>
        new JsonWriter().BeginObject().Member("ownership", "explicit").Name("entries").BeginObject().EndObject().EndObject().ToString();

    /// <summary>The runtime bindings file with no bindings.</summary>
    public static string InitialBindings() => new JsonWriter().BeginArray().EndArray().ToString();

    // The gateway keeps workspaces in <home>/<WorkspacesDirectory> (an absolute directory stays as it is).
    private static string WorkspacesRoot(string directory) =>
        directory.StartsWith("/", System.StringComparison.Ordinal) ? directory.TrimEnd('/') : "~/" + directory.Trim('/');
}
