using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>Declared agents as the generated manifest would give them.</summary>
internal static class Agents
{
    private static readonly SandboxInfo Sandbox = new("podman", false, 512, 64, TimeSpan.FromMinutes(2), "nixclaw-tools");

    public static AgentInfo Declared(string id, string channel, string? name = null, string model = "llama") =>
        new(id, name ?? id, channel, model, ["exec"], null, 5, Sandbox, "templates/default", TimeSpan.FromMinutes(15), 20);
}
