using NixClaw.Fakes.Mattermost;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>The gateway verb maps the runtime folders and runs GatewayHost against the Mattermost fake.</summary>
public sealed class GatewayVerbTests
{
    [Fact]
    public async Task RunsUntilInterruptedThenStopsCleanly()
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        using var lab = new LabProject();
        var port = LoopbackPorts.Free();
        var manifest = Manifest(lab, mattermost, port, writeToken: true);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = lab.RunAsync(["gateway"], manifest: manifest, interrupt: interrupt);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var healthy = false;
        for (var attempt = 0; attempt < 300 && !healthy && !running.IsCompleted; attempt++)
        {
            try
            {
                healthy = (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), TestContext.Current.CancellationToken)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        await interrupt.CancelAsync();
        var result = await running;

        Assert.True(healthy, "the gateway never answered /healthz: " + (running.IsCompleted ? result.ToString() : "still running"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(lab.Home, ".local", "state", "nixclaw", "nixclaw.db")));
    }

    [Fact]
    public async Task AnUnreadableTokenIsAConfigurationError()
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        using var lab = new LabProject();

        var result = await lab.RunAsync(["gateway"], manifest: Manifest(lab, mattermost, LoopbackPorts.Free(), writeToken: false));

        Assert.Equal(ExitCodes.Config, result.ExitCode);
    }

    private static TestManifest Manifest(LabProject lab, MattermostFake mattermost, int port, bool writeToken)
    {
        var token = Path.Combine(lab.Root, "secrets", "mattermost-token");
        Directory.CreateDirectory(Path.GetDirectoryName(token)!);
        if (writeToken)
        {
            File.WriteAllText(token, mattermost.Bot.Token + "\n");
        }

        var baseManifest = Lab.Manifest;
        return new TestManifest(baseManifest)
        {
            GatewayOverride = baseManifest.Gateway with { Port = port, LogPath = Path.Combine(lab.Root, "gateway.log") },
            MattermostOverride = baseManifest.Mattermost! with
            {
                Url = mattermost.BaseUrl.ToString().TrimEnd('/'),
                Team = mattermost.Team.Name,
                Bot = mattermost.Bot.Username,
                Token = baseManifest.Mattermost.Token with { Path = token },
            },
        };
    }
}
