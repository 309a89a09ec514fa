using NixClaw.Fakes.Gitea;
using NixClaw.Fakes.Mattermost;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;
using NixClaw.Runtime.Workspaces;
using NixClaw.Runtime.Workspaces.Git;
using NixClaw.Runtime.Workspaces.GiteaApi;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Workspaces.Benchmarks;

/// <summary>Both fakes, a token file and a home folder, as the gateway would see them.</summary>
public sealed class BenchEnvironment : IAsyncDisposable
{
    public const string Login = "nixclaw";
    public const string Token = "bench-token-0123456789";
    public const string Organization = "NixClaw";

    private BenchEnvironment(string root, FakeGiteaServer gitea, MattermostFake mattermost)
    {
        Root = root;
        Gitea = gitea;
        Mattermost = mattermost;
        var tokenFile = Path.Combine(root, "gitea-token");
        File.WriteAllText(tokenFile, Token);
        Http = new HttpClient();
        Client = new GiteaClient(Http, new GiteaClientOptions { BaseUrl = gitea.BaseUrl, TokenFile = tokenFile });
        Git = new GitOptions { TokenFile = tokenFile, UserName = Login, Server = gitea.BaseUrl, Organization = Organization };
        Layout = new WorkspaceLayout
        {
            WorkspacesRoot = Path.Combine(root, "workspaces"),
            TemplatesRoot = Path.Combine(root, "templates"),
            SharedDirectory = Path.Combine(root, "shared"),
            GitRoot = Path.Combine(root, "state", "git"),
        };
        Directory.CreateDirectory(Layout.SharedDirectory);
        File.WriteAllText(Path.Combine(Layout.SharedDirectory, "USER.md"), "# Operator\n");
        File.WriteAllText(Path.Combine(Layout.SharedDirectory, "TOOLS.md"), "# Tools\n");
        var operatorUser = mattermost.AddUser("devin");
        MattermostClient = new MattermostClient(new MattermostClientOptions { BaseUrl = mattermost.BaseUrl, TokenProvider = MattermostTokens.FromValue(mattermost.Bot.Token) });
        Lifecycle = new AgentLifecycle(
            new AgentLifecycleOptions { Layout = Layout, GiteaOrganization = Organization, Git = Git, BotUserName = mattermost.Bot.Username, Operators = [operatorUser.Username] },
            Client,
            new MattermostAgentChannels(MattermostClient, mattermost.Team.Name),
            new RosterFilesAgentRoster(new RosterOptions { ConfigDirectory = Path.Combine(root, ".openclaw") }, []),
            []);
    }

    public string Root { get; }

    public FakeGiteaServer Gitea { get; }

    public MattermostFake Mattermost { get; }

    public HttpClient Http { get; }

    public GiteaClient Client { get; }

    public GitOptions Git { get; }

    public WorkspaceLayout Layout { get; }

    public MattermostClient MattermostClient { get; }

    public AgentLifecycle Lifecycle { get; }

    public static async Task<BenchEnvironment> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("nixclaw-bench-").FullName;
        var gitea = await FakeGiteaServer.StartAsync(new FakeGiteaOptions { RootDirectory = Path.Combine(root, "gitea") });
        gitea.AddUser(Login, Token);
        gitea.AddOrganization(Organization, Login);
        var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions());
        return new BenchEnvironment(root, gitea, mattermost);
    }

    /// <summary>Creates <paramref name="count"/> workspaces with a repository each and one pushed commit.</summary>
    public async Task<IReadOnlyList<SyncTarget>> CreateWorkspacesAsync(int count)
    {
        var sync = new WorkspaceSync(Git, Layout);
        var targets = new SyncTarget[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var id = $"ws{i:D3}";
            await Client.CreateOrganizationRepositoryAsync(Organization, new GiteaCreateRepository(id, "", true, "main"), ct);
            var workspace = Layout.WorkspaceOf(id);
            WorkspaceRepository.Ensure(Layout, id, Git);
            File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "# " + id + "\n");
            var result = await sync.SyncAsync(id, SharedFiles.Load(Layout), ct);
            if (result.Outcome != SyncOutcome.Synced)
            {
                throw new InvalidOperationException($"{id}: {result.Outcome} {result.Message}");
            }

            targets[i] = new SyncTarget(id, workspace, TimeSpan.FromMinutes(15));
        });
        return targets;
    }

    public async ValueTask DisposeAsync()
    {
        MattermostClient.Dispose();
        Http.Dispose();
        await Mattermost.DisposeAsync();
        await Gitea.DisposeAsync();
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
