using System.Collections.Generic;
using System.Linq;

namespace NixClaw.Bindings;

/// <summary>
/// Everything declared for one host, evaluated at compile time. The generator derives a typed class from
/// this for each <see cref="NixClawHostAttribute"/> class (for example <c>Homelab.Manifest</c>) with one
/// member per declaration; the runtime consumes this base.
/// </summary>
public abstract class HostManifest
{
    /// <summary>The host.</summary>
    public abstract HostInfo Host { get; }

    /// <summary>The gateway settings (defaults when none were declared).</summary>
    public abstract GatewayInfo Gateway { get; }

    /// <summary>The Mattermost server, if declared.</summary>
    public abstract MattermostInfo? Mattermost { get; }

    /// <summary>The Gitea server, if declared.</summary>
    public abstract GiteaInfo? Gitea { get; }

    /// <summary>All users, sorted by name.</summary>
    public abstract IReadOnlyList<UserInfo> AllUsers { get; }

    /// <summary>All secrets, sorted by key.</summary>
    public abstract IReadOnlyList<SecretInfo> AllSecrets { get; }

    /// <summary>All models, sorted by name.</summary>
    public abstract IReadOnlyList<ModelInfo> AllModels { get; }

    /// <summary>All declared agents, sorted by id.</summary>
    public abstract IReadOnlyList<AgentInfo> AllAgents { get; }

    /// <summary>The user the gateway runs as.</summary>
    public UserInfo? ServiceUser => AllUsers.FirstOrDefault(u => u.IsService);

    /// <summary>The declared agent with this id, or null.</summary>
    public AgentInfo? FindAgent(string id) => AllAgents.FirstOrDefault(a => a.Id == id);
}
