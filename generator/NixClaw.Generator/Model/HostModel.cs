using System.Linq;
using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>One host and everything declared in its <c>[NixClawHost]</c> class; collections sorted by name.</summary>
internal sealed record HostModel(
    string Namespace,
    string ClassName,
    string FieldName,
    string Name,
    string System,
    string StateVersion,
    string TimeZone,
    string Hardware,
    string Boot,
    string AgeRecipient,
    int SshPort,
    string DeployAddress,
    string ConfigDirectory,
    EquatableArray<DiskModel> Disks,
    EquatableArray<UserModel> Users,
    EquatableArray<SecretModel> Secrets,
    MattermostModel? Mattermost,
    GiteaModel? Gitea,
    TailscaleModel? Tailscale,
    GatewayModel Gateway,
    EquatableArray<ModelModel> Models,
    EquatableArray<AgentModel> Agents)
{
    public UserModel? ServiceUser => Users.FirstOrDefault(u => u.IsService);

    public UserModel? AdminUser => Users.FirstOrDefault(u => !u.IsService);

    public SecretModel? Secret(string? key) => key is null ? null : Secrets.FirstOrDefault(s => s.Key == key);

    /// <summary>Whether any agent runs its tools in rootless Podman (the default sandbox backend).</summary>
    public bool AgentsUsePodman => Agents.Any(a => a.Sandbox.Backend == "podman");

    /// <summary>
    /// Whether <paramref name="user"/> needs subuid/subgid ranges for rootless Podman: declared so, or the
    /// service user when agents' tools run in Podman (the gateway starts the containers as that user).
    /// </summary>
    public bool NeedsRootlessPodman(UserModel user) => user.RootlessPodman || (user.IsService && AgentsUsePodman);

    /// <summary>Shortest sync interval of any agent: the git-sync timer's period (<see cref="Agent"/>'s default without agents).</summary>
    public int SyncIntervalMinutes => Agents.Count == 0 ? new Agent("", "").SyncIntervalMinutes : Agents.Min(a => a.SyncIntervalMinutes);
}
