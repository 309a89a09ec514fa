using NixClaw.Bindings;

namespace NixClaw.GatewayBenchmarks;

/// <summary>A host with <c>agents</c> agents <c>bench-000</c>… on channels of the same names, all on one echo model.</summary>
internal sealed class BenchManifest(string mattermostUrl, string tokenPath, string modelUrl, int agents, string logPath) : HostManifest
{
    public override HostInfo Host { get; } = new("bench", "x86_64-linux", "25.05", "UTC", "127.0.0.1", "nixclaw", "age1bench");

    public override GatewayInfo Gateway { get; } = new(0, logPath, null, "workspaces");

    public override MattermostInfo? Mattermost { get; } =
        new(mattermostUrl, "homelab", "nixclaw", new SecretInfo("mattermost/token", tokenPath, "nixclaw", "0400"), "onmessage", "", [], []);

    public override GiteaInfo? Gitea => null;

    public override IReadOnlyList<UserInfo> AllUsers { get; } = [];

    public override IReadOnlyList<SecretInfo> AllSecrets { get; } = [];

    public override IReadOnlyList<ModelInfo> AllModels { get; } = [new ModelInfo("echo", "openai-compatible", "echo-1", modelUrl, null, true)];

    public override IReadOnlyList<AgentInfo> AllAgents { get; } = [.. Enumerable.Range(0, agents).Select(i => new AgentInfo(
        ChannelName(i), $"Bench {i}", ChannelName(i), "echo", [], null, 5,
        new SandboxInfo("bubblewrap", false, 512, 64, TimeSpan.FromSeconds(30), "nixclaw-sandbox"), "default", TimeSpan.FromMinutes(15), 4))];

    public static string ChannelName(int i) => $"bench-{i:000}";
}
