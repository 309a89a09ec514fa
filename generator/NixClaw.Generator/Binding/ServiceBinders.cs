using NixClaw.Generator.Model;

namespace NixClaw.Generator.Binding;

/// <summary>The services of which a host has at most one: <see cref="Mattermost"/>, <see cref="Gitea"/>, <see cref="Tailscale"/>, <see cref="Gateway"/>.</summary>
internal static class ServiceBinders
{
    private static readonly Mattermost DefaultMattermost = new("", "", "", new Secret(""));
    private static readonly Gitea DefaultGitea = new("", "", new Secret(""));
    private static readonly Tailscale DefaultTailscale = new();

    /// <summary>The gateway's settings when the class declares none.</summary>
    public static readonly Gateway DefaultGateway = new();

    public static MattermostModel? BindMattermost(BindContext context) => context.BindSingle(nameof(Mattermost), (field, r) =>
    {
        var url = BindingChecks.Url(r, nameof(Mattermost.Url), r.Required(nameof(Mattermost.Url)), "Mattermost");
        return new MattermostModel(
            field.Name,
            url.TrimEnd('/'),
            r.Required(nameof(Mattermost.Team)),
            r.Required(nameof(Mattermost.Bot)),
            context.SecretRef(r, nameof(Mattermost.Token), "Mattermost", SecretReader.ServiceUser) ?? BindingChecks.MissingSecret(r, nameof(Mattermost.Token)),
            r.Enum(nameof(Mattermost.ChatMode), DefaultMattermost.ChatMode).ToString().ToLowerInvariant(),
            r.Str(nameof(Mattermost.TriggerPrefix), DefaultMattermost.TriggerPrefix),
            r.Strings(nameof(Mattermost.Operators)),
            r.Strings(nameof(Mattermost.AllowFrom)),
            r.Bool(nameof(Mattermost.PublicAgentChannels), DefaultMattermost.PublicAgentChannels));
    });

    public static GiteaModel? BindGitea(BindContext context) => context.BindSingle(nameof(Gitea), (field, r) =>
    {
        var url = BindingChecks.Url(r, nameof(Gitea.Url), r.Required(nameof(Gitea.Url)), "Gitea");
        return new GiteaModel(
            field.Name,
            url.TrimEnd('/'),
            r.Required(nameof(Gitea.Organization)),
            context.SecretRef(r, nameof(Gitea.Token), "Gitea", SecretReader.ServiceUser) ?? BindingChecks.MissingSecret(r, nameof(Gitea.Token)),
            r.Str(nameof(Gitea.SkillsRepository), DefaultGitea.SkillsRepository));
    });

    /// <summary>tailscaled (root) reads the auth key.</summary>
    public static TailscaleModel? BindTailscale(BindContext context) => context.BindSingle(nameof(Tailscale), (field, r) =>
        new TailscaleModel(field.Name, context.SecretRef(r, nameof(Tailscale.AuthKey), "Tailscale", SecretReader.Root), r.Bool(nameof(Tailscale.Ssh), DefaultTailscale.Ssh)));

    public static GatewayModel BindGateway(BindContext context) =>
        context.BindSingle(nameof(Gateway), (field, r) => new GatewayModel(
            field.Name,
            r.Int(nameof(Gateway.Port), DefaultGateway.Port),
            r.Str(nameof(Gateway.LogPath), DefaultGateway.LogPath),
            context.SecretRef(r, nameof(Gateway.AuthToken), "the gateway", SecretReader.ServiceUser),
            r.Str(nameof(Gateway.WorkspacesDirectory), DefaultGateway.WorkspacesDirectory)))
        ?? new GatewayModel(null, DefaultGateway.Port, DefaultGateway.LogPath, null, DefaultGateway.WorkspacesDirectory);
}
