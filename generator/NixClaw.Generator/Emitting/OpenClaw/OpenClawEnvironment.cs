using System.Collections.Generic;
using System.Linq;
using System.Text;
using NixClaw.Generator.Model;

namespace NixClaw.Generator.Emitting.OpenClaw;

/// <summary>
/// The environment file of the original OpenClaw gateway (sops template <c>openclaw.env</c>) and the
/// <c>env</c> SecretRefs in <c>openclaw.json</c> that read it: both come from this one list, so every
/// reference names a variable the template defines. Secrets decrypted before users exist
/// (<c>neededForUsers</c>) have no placeholder and are left out.
/// </summary>
internal static class OpenClawEnvironment
{
    public const string MattermostToken = "MATTERMOST_BOT_TOKEN";
    public const string GatewayToken = "OPENCLAW_GATEWAY_TOKEN";
    public const string BraveKey = "BRAVE_API_KEY";

    public static IReadOnlyList<OpenClawVariable> Variables(HostModel host)
    {
        var variables = new List<OpenClawVariable>();
        if (host.Mattermost is { } mattermost)
        {
            variables.Add(new(MattermostToken, mattermost.TokenSecret));
        }

        if (host.Gateway.AuthTokenSecret is { } gatewayToken)
        {
            variables.Add(new(GatewayToken, gatewayToken));
        }

        if (WebSearchKey(host) is { } braveKey)
        {
            variables.Add(new(BraveKey, braveKey));
        }

        // Model keys: one variable per distinct secret, named after its key ("openai/api_key" -> OPENAI_API_KEY).
        var taken = new HashSet<string>(variables.Select(v => v.Name), System.StringComparer.Ordinal);
        foreach (var key in host.Models.Select(m => m.ApiKeySecret).Where(k => k is not null).Select(k => k!).Distinct().OrderBy(k => k, System.StringComparer.Ordinal))
        {
            var name = VariableName(key);
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = name + "_" + n;
            }

            variables.Add(new(unique, key));
        }

        return variables.Where(v => host.Secret(v.SecretKey) is { NeededForUsers: false }).ToList();
    }

    /// <summary>The fixed variable <paramref name="name"/> when the environment defines it (its secret is usable), else null.</summary>
    public static string? Fixed(IReadOnlyList<OpenClawVariable> variables, string name) =>
        variables.Any(v => v.Name == name) ? name : null;

    /// <summary>The variable holding model API key <paramref name="secretKey"/>, or null.</summary>
    public static string? ModelKey(IReadOnlyList<OpenClawVariable> variables, string? secretKey) =>
        secretKey is null ? null : variables.FirstOrDefault(v => v.SecretKey == secretKey && !IsFixed(v.Name))?.Name;

    /// <summary>The key of the first web-search tool (the gateway has one Brave key).</summary>
    public static string? WebSearchKey(HostModel host) => host.Agents.Select(a => a.WebSearchKeySecret).FirstOrDefault(k => k is not null);

    private static bool IsFixed(string name) => name is MattermostToken or GatewayToken or BraveKey;

    /// <summary>OpenClaw's env id pattern <c>^[A-Z][A-Z0-9_]{0,127}$</c>: upper case, other characters become '_'.</summary>
    private static string VariableName(string secretKey)
    {
        var builder = new StringBuilder();
        foreach (var c in secretKey)
        {
            builder.Append(c is >= 'a' and <= 'z' ? char.ToUpperInvariant(c) : c is >= 'A' and <= 'Z' or >= '0' and <= '9' ? c : '_');
        }

        var name = builder.Length > 0 && builder[0] is >= 'A' and <= 'Z' ? builder.ToString() : "KEY_" + builder;
        return name.Length > 120 ? name.Substring(0, 120) : name;
    }
}
