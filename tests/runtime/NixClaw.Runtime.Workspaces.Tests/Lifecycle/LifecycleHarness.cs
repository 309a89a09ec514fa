using NixClaw.Bindings;
using NixClaw.Fakes.Mattermost;
using NixClaw.Runtime.Mattermost;
using NixClaw.Runtime.Roster;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Workspaces.Tests.Lifecycle;

/// <summary>Both fakes, real roster files, real git: everything <c>agent new</c> touches.</summary>
public sealed class LifecycleHarness : IAsyncDisposable
{
    private LifecycleHarness(GiteaFixture gitea, MattermostFake mattermost, IReadOnlyList<AgentInfo> declared)
    {
        Gitea = gitea;
        Mattermost = mattermost;
        Declared = declared;
        Operator = mattermost.AddUser("devin");
        Client = new MattermostClient(new MattermostClientOptions { BaseUrl = mattermost.BaseUrl, TokenProvider = MattermostTokens.FromValue(mattermost.Bot.Token), MaxRetries = 0 });
        Layout = GiteaFixture.LayoutUnder(gitea.Temp.Combine("home"));
        Directory.CreateDirectory(Layout.SharedDirectory);
        File.WriteAllText(Path.Combine(Layout.SharedDirectory, "USER.md"), "# Devin\nPrefers short answers.\n");
        File.WriteAllText(Path.Combine(Layout.SharedDirectory, "TOOLS.md"), "# Tools\nexec runs in Podman.\n");
        RosterOptions = new RosterOptions { ConfigDirectory = gitea.Temp.Combine("home", ".openclaw") };
        Roster = new RosterFilesAgentRoster(RosterOptions, declared);
        Options = new AgentLifecycleOptions
        {
            Layout = Layout,
            GiteaOrganization = GiteaFixture.Organization,
            Git = gitea.Git,
            BotUserName = mattermost.Bot.Username,
            Operators = [Operator.Username],
        };
    }

    public GiteaFixture Gitea { get; }

    public MattermostFake Mattermost { get; }

    public IReadOnlyList<AgentInfo> Declared { get; }

    public FakeUser Operator { get; }

    public MattermostClient Client { get; }

    public WorkspaceLayout Layout { get; }

    public RosterOptions RosterOptions { get; }

    public RosterFilesAgentRoster Roster { get; }

    public AgentLifecycleOptions Options { get; }

    public static async Task<LifecycleHarness> StartAsync(IReadOnlyList<AgentInfo>? declared = null)
    {
        var gitea = await GiteaFixture.StartAsync();
        var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        return new LifecycleHarness(gitea, mattermost, declared ?? []);
    }

    public AgentLifecycle Lifecycle(ILifecycleHook? hook = null) =>
        new(Options, Gitea.Client, new MattermostAgentChannels(Client, Mattermost.Team.Name), Roster, Declared, hook: hook);

    public NixClaw.Runtime.Roster.Roster LoadRoster()
    {
        var result = RosterLoader.Load(RosterOptions, Declared);
        Assert.True(result.Roster is not null, string.Join("\n", result.Errors));
        return result.Roster!;
    }

    public static AgentInfo DeclaredAgent(string id, string channel) => new(
        id, id.ToUpperInvariant(), channel, "default", ["read"], null, 5,
        new SandboxInfo("podman", false, 512, 64, TimeSpan.FromSeconds(30), "localhost/nixclaw-sandbox"),
        "default", TimeSpan.FromMinutes(15), 20);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Mattermost.DisposeAsync();
        await Gitea.DisposeAsync();
    }
}
