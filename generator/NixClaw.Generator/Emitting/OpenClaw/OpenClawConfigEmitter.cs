using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using NixClaw.Generator.Emitting.Json;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting.OpenClaw;

/// <summary>
/// <c>openclaw.json</c> for the original OpenClaw gateway (schema of openclaw 2026.9.6 and
/// @openclaw/mattermost 2026.9.5; the real OpenClaw validates the sample's output in CI): loopback gateway with token auth,
/// the Mattermost channel, model providers, the Brave key, and the roster files
/// (<c>agents.json5</c> merged with the generated <c>declared-agents.json5</c>, <c>bindings.json5</c>) as <c>$include</c>s. The schema is strict, so only
/// documented keys are written. Secrets appear only as <c>env</c> SecretRefs naming variables of the
/// sops template <c>openclaw.env</c> (<see cref="OpenClawEnvironment"/>), never as values.
/// </summary>
internal static class OpenClawConfigEmitter
{
    /// <summary>
    /// The runtime agents first, the declared ones last: OpenClaw deep-merges an include array and the later file wins,
    /// so a declared id keeps its declared values (see <see cref="OpenClawRosterEmitter"/>).
    /// </summary>
    public static readonly string[] AgentsIncludes = ["./" + OpenClawRosterEmitter.AgentsFile, "./" + OpenClawRosterEmitter.DeclaredAgentsFile];

    public const string BindingsInclude = "./" + OpenClawRosterEmitter.BindingsFile;

    public static string Emit(HostModel host)
    {
        var variables = OpenClawEnvironment.Variables(host);
        var json = new JsonWriter().BeginObject();

        Gateway(json, host, OpenClawEnvironment.Fixed(variables, OpenClawEnvironment.GatewayToken));
        if (host.Mattermost is { } mattermost)
        {
            json.Name("channels").BeginObject();
            Mattermost(json, mattermost, OpenClawEnvironment.Fixed(variables, OpenClawEnvironment.MattermostToken));
            json.EndObject();
        }

        var braveKey = OpenClawEnvironment.Fixed(variables, OpenClawEnvironment.BraveKey);
        if (host.Mattermost is not null || braveKey is not null)
        {
            json.Name("plugins").BeginObject().Name("entries").BeginObject();
            if (host.Mattermost is not null)
            {
                json.Name("mattermost").BeginObject().Member("enabled", true).EndObject();
            }

            if (braveKey is not null)
            {
                json.Name("brave").BeginObject()
                    .Member("enabled", true)
                    .Name("config").BeginObject().Name("webSearch").BeginObject().Name("apiKey");
                SecretRef(json, braveKey);
                json.EndObject().EndObject().EndObject();
            }

            json.EndObject().EndObject();
        }

        if (braveKey is not null)
        {
            var maxResults = host.Agents.First(a => a.WebSearchKeySecret is not null).WebSearchMaxResults;
            json.Name("tools").BeginObject().Name("web").BeginObject().Name("search").BeginObject()
                .Member("provider", "brave")
                .Member("maxResults", maxResults)
                .EndObject().EndObject().EndObject();
        }

        if (host.Models.Count > 0)
        {
            json.Name("models").BeginObject().Name("providers").BeginObject();
            foreach (var model in host.Models)
            {
                Provider(json, model, OpenClawEnvironment.ModelKey(variables, model.ApiKeySecret));
            }

            json.EndObject().EndObject();
        }

        // The declared agents are generated beside this file; agent new adds runtime ones to agents.json5 and bindings.json5.
        json.Name("agents").BeginObject().Member("$include", AgentsIncludes).EndObject();
        json.Name("bindings").BeginObject().Member("$include", BindingsInclude).EndObject();
        return json.EndObject().ToString();
    }

    /// <summary>The model reference OpenClaw's roster uses for <paramref name="model"/>: provider (the model's name) / model id.</summary>
    public static string ModelRef(ModelModel model) => model.Name + "/" + model.ModelId;

    private static void Gateway(JsonWriter json, HostModel host, string? tokenVariable)
    {
        json.Name("gateway").BeginObject()
            .Member("mode", "local")
            .Member("port", host.Gateway.Port)
            .Member("bind", "loopback");
        if (tokenVariable is not null)
        {
            json.Name("auth").BeginObject().Member("mode", "token").Name("token");
            SecretRef(json, tokenVariable);
            json.EndObject();
        }

        json.EndObject();
    }

    private static void Mattermost(JsonWriter json, MattermostModel mattermost, string? tokenVariable)
    {
        json.Name("mattermost").BeginObject()
            .Member("enabled", true)
            .Member("baseUrl", mattermost.Url);
        if (tokenVariable is not null)
        {
            json.Name("botToken");
            SecretRef(json, tokenVariable);
        }

        json.Member("chatmode", mattermost.ChatMode);
        if (mattermost.ChatMode == "onchar")
        {
            json.Member("oncharPrefixes", new[] { mattermost.TriggerPrefix });
        }

        // Agents answer in their channels; direct messages are not routed to any agent.
        json.Member("dmPolicy", "disabled");
        if (mattermost.AllowFrom.Count == 0)
        {
            json.Member("groupPolicy", "open");
        }
        else
        {
            // Declarations name users, while the plugin's allowlists hold user ids unless name matching is on.
            json.Member("groupPolicy", "allowlist")
                .Member("groupAllowFrom", mattermost.AllowFrom)
                .Member("dangerouslyAllowNameMatching", true);
        }

        // The plugin's SSRF guard refuses loopback and private addresses unless told otherwise.
        if (IsPrivateAddress(mattermost.Url))
        {
            json.Name("network").BeginObject().Member("dangerouslyAllowPrivateNetwork", true).EndObject();
        }

        json.EndObject();
    }

    private static void Provider(JsonWriter json, ModelModel model, string? keyVariable)
    {
        var (api, baseUrl) = model.Provider switch
        {
            "ollama" => ("ollama", TrimSuffix(model.Endpoint ?? "http://127.0.0.1:11434", "/v1")),
            "anthropic" => ("anthropic-messages", model.Endpoint ?? "https://api.anthropic.com"),
            _ => ("openai-completions", model.Endpoint ?? "https://api.openai.com/v1"),
        };

        json.Name(model.Name).BeginObject()
            .Member("baseUrl", baseUrl)
            .Member("api", api);
        if (keyVariable is not null)
        {
            json.Name("apiKey");
            SecretRef(json, keyVariable);
        }

        json.Name("models").BeginArray()
            .BeginObject().Member("id", model.ModelId).Member("name", model.Name).EndObject()
            .EndArray();
        json.EndObject();
    }

    private static void SecretRef(JsonWriter json, string variable) =>
        json.BeginObject().Member("source", "env").Member("provider", "default").Member("id", variable).EndObject();

    private static string TrimSuffix(string value, string suffix)
    {
        var trimmed = value.TrimEnd('/');
        return trimmed.EndsWith(suffix, StringComparison.Ordinal) ? trimmed.Substring(0, trimmed.Length - suffix.Length) : trimmed;
    }

    /// <summary>Loopback, private, link-local or CGNAT (Tailscale) address literals, and <c>localhost</c>.</summary>
    private static bool IsPrivateAddress(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        if (uri.IsLoopback || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes6 = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || (bytes6[0] & 0xfe) == 0xfc;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127);
    }
}
