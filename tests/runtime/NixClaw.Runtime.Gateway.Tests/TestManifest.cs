using NixClaw.Bindings;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>A host manifest assembled in a test (the generator derives the real ones).</summary>
internal sealed class TestManifest(
    MattermostInfo? mattermost, IReadOnlyList<ModelInfo> models, IReadOnlyList<AgentInfo> agents, string logPath = "", SecretInfo? gatewayToken = null) : HostManifest
{
    public override HostInfo Host { get; } = new("testhost", "x86_64-linux", "25.05", "UTC", "127.0.0.1", "nixclaw", "age1test");

    public override GatewayInfo Gateway { get; } = new(18789, logPath, gatewayToken, "workspaces");

    public override MattermostInfo? Mattermost { get; } = mattermost;

    public override GiteaInfo? Gitea => null;

    public override IReadOnlyList<UserInfo> AllUsers { get; } = [];

    public override IReadOnlyList<SecretInfo> AllSecrets { get; } = [];

    public override IReadOnlyList<ModelInfo> AllModels { get; } = models;

    public override IReadOnlyList<AgentInfo> AllAgents { get; } = agents;

    public static AgentInfo Agent(string id, string channel, string model, int maxTurns = 4, params string[] tools) =>
        new(id, char.ToUpperInvariant(id[0]) + id[1..], channel, model, tools, null, 5,
            new SandboxInfo("bubblewrap", false, 512, 64, TimeSpan.FromSeconds(30), "nixclaw-sandbox"), "default", TimeSpan.FromMinutes(15), maxTurns);
}
