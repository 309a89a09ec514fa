using NixClaw.Bindings;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;
using NixClaw.Runtime.Workspaces;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Agents;

/// <summary>
/// The Workspaces library wired for this host: the manifest's Gitea and Mattermost servers, their token files
/// (<see cref="SecretInfo.Path"/>), and the runtime folders from <see cref="RuntimeDirectories"/>.
/// </summary>
internal sealed class WorkspaceServices : IDisposable
{
    private readonly HttpClient _giteaHttp;
    private readonly HttpClient _mattermostHttp;

    private WorkspaceServices(HostManifest manifest, RuntimeDirectories directories, AppEnvironment environment, GiteaInfo gitea)
    {
        Layout = LayoutOf(directories);
        Git = new GitOptions { TokenFile = gitea.Token.Path, Server = ParseUrl(gitea.Url, "Gitea"), Organization = gitea.Organization };
        Roster = new RosterFilesAgentRoster(
            new RosterOptions { ConfigDirectory = directories.ConfigDirectory, WorkspacesDirectory = directories.WorkspacesDirectory },
            manifest.AllAgents);
        Sync = new WorkspaceSync(Git, Layout, environment.Time);
        _giteaHttp = environment.CreateHttpClient();
        _mattermostHttp = environment.CreateHttpClient();
        Gitea = new GiteaClient(_giteaHttp, new GiteaClientOptions { BaseUrl = ParseUrl(gitea.Url, "Gitea"), TokenFile = gitea.Token.Path });
        GiteaInfo = gitea;
        Manifest = manifest;
        Time = environment.Time;
    }

    public WorkspaceLayout Layout { get; }

    /// <summary>Where workspaces, their templates, shared files and git directories live on this host.</summary>
    public static WorkspaceLayout LayoutOf(RuntimeDirectories directories) => new()
    {
        WorkspacesRoot = directories.WorkspacesDirectory,
        TemplatesRoot = directories.TemplatesDirectory,
        SharedDirectory = directories.SharedDirectory,
        GitRoot = directories.GitDirectory,
    };

    public GitOptions Git { get; }

    public RosterFilesAgentRoster Roster { get; }

    public WorkspaceSync Sync { get; }

    public GiteaClient Gitea { get; }

    public GiteaInfo GiteaInfo { get; }

    private HostManifest Manifest { get; }

    private TimeProvider Time { get; }

    /// <summary>Wires the services; a missing Gitea declaration is a configuration error.</summary>
    public static WorkspaceServices Create(HostManifest manifest, RuntimeDirectories directories, AppEnvironment environment)
    {
        var gitea = manifest.Gitea ?? throw new OperatorException(ExitCodes.Config, "No Gitea server is declared, so agent workspaces have nowhere to live.",
            "Declare a Gitea field in your host class and redeploy.");
        return new WorkspaceServices(manifest, directories, environment, gitea);
    }

    /// <summary>The agent lifecycle (needs the Mattermost declaration for channels).</summary>
    public AgentLifecycle Lifecycle(ILifecycleHook? hook)
    {
        var mattermost = Manifest.Mattermost ?? throw new OperatorException(ExitCodes.Config, "No Mattermost server is declared, so agents have no channels.",
            "Declare a Mattermost field in your host class and redeploy.");
        var client = new MattermostClient(new MattermostClientOptions
        {
            BaseUrl = ParseUrl(mattermost.Url, "Mattermost"),
            TokenProvider = MattermostTokens.FromFile(mattermost.Token.Path),
            TimeProvider = Time,
        }, _mattermostHttp);
        var options = new AgentLifecycleOptions
        {
            Layout = Layout,
            GiteaOrganization = GiteaInfo.Organization,
            Git = Git,
            BotUserName = mattermost.Bot,
            Operators = mattermost.Operators,
            Models = Manifest.AllModels,
        };
        return new AgentLifecycle(options, Gitea, new MattermostAgentChannels(client, mattermost.Team, mattermost.PublicAgentChannels), Roster, Manifest.AllAgents, Sync, hook);
    }

    /// <summary>The sync service over declared and runtime agents.</summary>
    public SyncService SyncService() =>
        new(Sync, Layout, () => SyncTargets.From(Layout, Manifest.AllAgents, Roster), time: Time);

    public void Dispose()
    {
        _giteaHttp.Dispose();
        _mattermostHttp.Dispose();
    }

    private static Uri ParseUrl(string url, string what) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new OperatorException(ExitCodes.Config, $"The declared {what} URL '{url}' is not an absolute URL.");
}
