using NixClaw.Fakes.Gitea;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Tests.Fixtures;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>The Gitea, Mattermost and model fakes, and a <c>Lab</c> manifest pointing at them with token files in the lab.</summary>
internal sealed class FakeServers : IAsyncDisposable
{
    public const string GiteaToken = "gitea-test-token-123";

    private readonly TempDirectory _temp;

    private FakeServers(FakeGiteaServer gitea, MattermostFake mattermost, FakeOpenAiServer model, TempDirectory temp)
    {
        Gitea = gitea;
        Mattermost = mattermost;
        Model = model;
        _temp = temp;
    }

    public FakeGiteaServer Gitea { get; }

    public MattermostFake Mattermost { get; }

    /// <summary>An OpenAI-compatible endpoint that echoes unscripted requests.</summary>
    public FakeOpenAiServer Model { get; }

    public static async Task<FakeServers> StartAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var temp = new TempDirectory();
        var gitea = await FakeGiteaServer.StartAsync(new FakeGiteaOptions { RootDirectory = temp.Combine("gitea") }, ct);
        gitea.AddUser("nixclaw", GiteaToken);
        gitea.AddOrganization("lab", "nixclaw");
        var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), ct);
        var model = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { EchoWhenUnscripted = true }, ct);
        return new FakeServers(gitea, mattermost, model, temp);
    }

    /// <param name="lab">The lab project whose secrets folder receives the token files.</param>
    /// <param name="gatewayPort">When set, the gateway's status port (and its log in the lab); otherwise the declared gateway.</param>
    public TestManifest Manifest(LabProject lab, int? gatewayPort = null)
    {
        var giteaToken = Path.Combine(lab.Root, "secrets", "gitea-token");
        var mattermostToken = Path.Combine(lab.Root, "secrets", "mattermost-token");
        Directory.CreateDirectory(Path.GetDirectoryName(giteaToken)!);
        File.WriteAllText(giteaToken, GiteaToken + "\n");
        File.WriteAllText(mattermostToken, Mattermost.Bot.Token + "\n");
        var baseManifest = Lab.Manifest;
        return new TestManifest(baseManifest)
        {
            GatewayOverride = gatewayPort is { } port ? baseManifest.Gateway with { Port = port, LogPath = Path.Combine(lab.Root, "gateway.log") } : null,
            GiteaOverride = baseManifest.Gitea! with { Url = Gitea.BaseUrl.ToString().TrimEnd('/'), Token = baseManifest.Gitea.Token with { Path = giteaToken } },
            MattermostOverride = baseManifest.Mattermost! with
            {
                Url = Mattermost.BaseUrl.ToString().TrimEnd('/'),
                Team = Mattermost.Team.Name,
                Bot = Mattermost.Bot.Username,
                Token = baseManifest.Mattermost.Token with { Path = mattermostToken },
            },
            ModelsOverride = [.. baseManifest.AllModels.Select(m => m with { Endpoint = Model.BaseUrl.ToString() })],
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Gitea.DisposeAsync();
        await Mattermost.DisposeAsync();
        await Model.DisposeAsync();
        _temp.Dispose();
    }
}
