using NixClaw.Bindings;

namespace NixClaw.Tools.TestProgram;

/// <summary>
/// Agents <c>toolie</c> (Podman) and <c>toolie-bwrap</c> (bubblewrap) with every test tool, and <c>sleepy</c>
/// (Podman, 3 s limit) with <c>sleep</c>; none has network.
/// </summary>
public sealed class TestToolManifest : HostManifest, IDeclaredAgentTools
{
    public const string Image = "localhost/nixclaw-sandbox";

    private static readonly string[] s_all = ["read_host_file", "http_get", "sleep", "fail", "append_note", "whoami_in_process"];

    public override HostInfo Host { get; } = new("toolhost", "x86_64-linux", "25.05", "UTC", "127.0.0.1", "nixclaw", "age1test");

    public override GatewayInfo Gateway { get; } = new(18789, "", null, "workspaces");

    public override MattermostInfo? Mattermost => null;

    public override GiteaInfo? Gitea => null;

    public override IReadOnlyList<UserInfo> AllUsers { get; } = [];

    public override IReadOnlyList<SecretInfo> AllSecrets { get; } = [];

    public override IReadOnlyList<ModelInfo> AllModels { get; } = [];

    public override IReadOnlyList<AgentInfo> AllAgents { get; } =
    [
        Agent("sleepy", "podman", TimeSpan.FromSeconds(3), "sleep"),
        Agent("toolie", "podman", TimeSpan.FromSeconds(60), s_all),
        Agent("toolie-bwrap", "bubblewrap", TimeSpan.FromSeconds(60), s_all),
    ];

    public IReadOnlyList<AgentToolFunction> AgentTools { get; } =
        [new AppendNoteTool(), new EchoTool(), new FailTool(), new HttpGetTool(), new ReadHostFileTool(), new SleepTool(), new WhoamiInProcessTool()];

    public static AgentInfo Agent(string id, string backend, TimeSpan timeout, params string[] tools) =>
        new(id, id, id, "fast", tools, null, 5, new SandboxInfo(backend, false, 512, 64, timeout, Image), "default", TimeSpan.FromMinutes(15), 4);
}
