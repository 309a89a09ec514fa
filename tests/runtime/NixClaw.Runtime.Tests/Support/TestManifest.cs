using NixClaw.Bindings;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>A manifest whose values a test chooses (ports, log path); most tests use the generated <c>Lab.Manifest</c>.</summary>
public sealed class TestManifest(HostManifest baseManifest) : HostManifest
{
    public override HostInfo Host => HostOverride ?? baseManifest.Host;

    public override GatewayInfo Gateway => GatewayOverride ?? baseManifest.Gateway;

    public override MattermostInfo? Mattermost => MattermostOverride ?? baseManifest.Mattermost;

    public override GiteaInfo? Gitea => GiteaOverride ?? baseManifest.Gitea;

    public override IReadOnlyList<UserInfo> AllUsers => baseManifest.AllUsers;

    public override IReadOnlyList<SecretInfo> AllSecrets => baseManifest.AllSecrets;

    public override IReadOnlyList<ModelInfo> AllModels => ModelsOverride ?? baseManifest.AllModels;

    public override IReadOnlyList<AgentInfo> AllAgents => AgentsOverride ?? baseManifest.AllAgents;

    public HostInfo? HostOverride { get; init; }

    public GatewayInfo? GatewayOverride { get; init; }

    public MattermostInfo? MattermostOverride { get; init; }

    public GiteaInfo? GiteaOverride { get; init; }

    public IReadOnlyList<ModelInfo>? ModelsOverride { get; init; }

    public IReadOnlyList<AgentInfo>? AgentsOverride { get; init; }
}
