using Microsoft.Extensions.Time.Testing;
using NixClaw.Bindings;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>
/// A gateway wired to a loopback Mattermost fake and a loopback OpenAI fake, in a temporary directory: two declared
/// agents (<c>coder</c> on ~coder with model <c>fast</c>, <c>writer</c> on ~writer with model <c>slow</c>), user
/// <c>alice</c> (and <c>bob</c>) in both channels, plus an unbound channel ~random.
/// </summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    private readonly List<RunningGateway> _gateways = [];

    private GatewayHarness(string root, MattermostFake mattermost, FakeOpenAiServer model)
    {
        Root = root;
        Mattermost = mattermost;
        Model = model;
        Alice = mattermost.AddUser("alice");
        Bob = mattermost.AddUser("bob");
        Coder = mattermost.CreateChannel("coder", members: [Alice, Bob]);
        Writer = mattermost.CreateChannel("writer", members: [Alice, Bob]);
        Random = mattermost.CreateChannel("random", members: [Alice, Bob]);
        TokenPath = Path.Combine(root, "secrets", "mattermost-token");
        Directory.CreateDirectory(Path.GetDirectoryName(TokenPath)!);
        File.WriteAllText(TokenPath, mattermost.Bot.Token + "\n");
    }

    public string Root { get; }

    public MattermostFake Mattermost { get; }

    public FakeOpenAiServer Model { get; }

    public FakeUser Alice { get; }

    public FakeUser Bob { get; }

    public FakeChannel Coder { get; }

    public FakeChannel Writer { get; }

    public FakeChannel Random { get; }

    public string TokenPath { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string StateDirectory => Path.Combine(Root, "state");

    public string HomeDirectory => Path.Combine(Root, "home");

    public string ConfigDirectory => Path.Combine(Root, "config");

    public static async Task<GatewayHarness> StartAsync(CancellationToken cancellationToken, FakeOpenAiOptions? modelOptions = null)
    {
        var root = Directory.CreateTempSubdirectory("nixclaw-gateway-").FullName;
        var mattermost = await MattermostFake.StartAsync(cancellationToken: cancellationToken);
        var model = await FakeOpenAiServer.StartAsync(modelOptions, cancellationToken);
        return new GatewayHarness(root, mattermost, model);
    }

    public TestManifest Manifest(
        string chatMode = "onmessage", string prefix = "", IReadOnlyList<string>? allowFrom = null, string logPath = "", IReadOnlyList<AgentInfo>? agents = null,
        SecretInfo? gatewayToken = null) =>
        new(
            new MattermostInfo(Mattermost.BaseUrl.ToString().TrimEnd('/'), "homelab", Mattermost.Bot.Username, new SecretInfo("mattermost/token", TokenPath, "nixclaw", "0400"), chatMode, prefix, [], allowFrom ?? []),
            [
                new ModelInfo("fast", "openai-compatible", "fast-1", Model.BaseUrl.ToString(), null, true),
                new ModelInfo("slow", "openai-compatible", "slow-1", Model.BaseUrl.ToString(), null, false),
            ],
            agents ?? [TestManifest.Agent("coder", "coder", "fast"), TestManifest.Agent("writer", "writer", "slow")],
            logPath,
            gatewayToken);

    public GatewayOptions Options(Action<ModelRetry>? onRetry = null, bool fakeClock = false, ModelRetryPolicy? retry = null, AgentLimits? limits = null, TimeSpan? grace = null, int statusPort = 0, TimeSpan? stateRetry = null,
        Func<string, NixClaw.Runtime.Gateway.Operations.AgentSyncStatus?>? workspaceSync = null) => new()
    {
        WorkspaceSync = workspaceSync,
        StateWriteRetryInterval = stateRetry ?? TimeSpan.FromSeconds(5),
        StateDirectory = StateDirectory,
        ConfigDirectory = ConfigDirectory,
        HomeDirectory = HomeDirectory,
        StatusPort = statusPort,
        LogPath = "",
        ConsoleLog = false,
        TimeProvider = fakeClock ? Clock : TimeProvider.System,
        OnModelRetry = onRetry,
        ModelRetry = retry ?? new ModelRetryPolicy(),
        Limits = limits ?? new AgentLimits(),
        ShutdownGrace = grace ?? TimeSpan.FromSeconds(30),
        Listener = new MattermostListenerOptions { ReconnectBaseDelay = TimeSpan.FromMilliseconds(50), ReconnectMaxDelay = TimeSpan.FromMilliseconds(200) },
    };

    public async Task<RunningGateway> StartGatewayAsync(HostManifest manifest, GatewayOptions options, CancellationToken cancellationToken)
    {
        var gateway = await GatewayHost.StartAsync(manifest, options, cancellationToken);
        _gateways.Add(gateway);
        await WaitAsync(gateway, g => g.Metrics.ConnectionState == "connected", cancellationToken);
        return gateway;
    }

    /// <summary>Waits (on the gateway's outcome signal, no polling) until <paramref name="condition"/> holds.</summary>
    public static async Task WaitAsync(RunningGateway gateway, Func<RunningGateway, bool> condition, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var signal = new SemaphoreSlim(0);
        void OnOutcome(PostOutcome _) => signal.Release();
        gateway.Metrics.OutcomeRecorded += OnOutcome;
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
            while (!condition(gateway))
            {
                // Connection changes raise no outcome; re-check on a short heartbeat as well as on every outcome.
                await signal.WaitAsync(TimeSpan.FromMilliseconds(50), limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Condition not met; outcomes: {string.Join(", ", gateway.Metrics.Outcomes.Where(o => o.Value > 0).Select(o => $"{o.Key}={o.Value}"))}, connection {gateway.Metrics.ConnectionState}");
        }
        finally
        {
            gateway.Metrics.OutcomeRecorded -= OnOutcome;
        }
    }

    /// <summary>Bot posts in a channel (replies), in creation order.</summary>
    public IReadOnlyList<FakePost> BotPosts(FakeChannel channel) =>
        [.. Mattermost.UserPostsIn(channel).Where(p => p.UserId == Mattermost.Bot.Id)];

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.StopAsync(TimeSpan.Zero);
        }

        await Model.DisposeAsync();
        await Mattermost.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being flushed: the temp folder is cleaned by the OS eventually.
        }
    }
}
