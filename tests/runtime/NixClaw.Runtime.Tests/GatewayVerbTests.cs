using System.Net;
using System.Net.Sockets;
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

    [Fact]
    public async Task HelpListsEachLocationOptionWithItsVariable()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["gateway", "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var text in (string[])["--secrets-dir", "$NIXCLAW_SECRETS_DIR", "$CREDENTIALS_DIRECTORY", "/run/secrets/<key>", "replaced by '_'",
            "--config-dir", "$NIXCLAW_CONFIG_DIR", "--state-dir", "$NIXCLAW_STATE_DIR", "--log", "$NIXCLAW_LOG", "--status-port", "$NIXCLAW_STATUS_PORT"])
        {
            Assert.Contains(text, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReadsTheTokenFromTheSecretsDirectoryAndKeepsStateWhereTold()
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        using var lab = new LabProject();
        var port = LoopbackPorts.Free();
        var secrets = Path.Combine(lab.Root, "laptop-secrets");
        Directory.CreateDirectory(Path.Combine(secrets, "mattermost"));
        File.WriteAllText(Path.Combine(secrets, "mattermost", "bot_token"), mattermost.Bot.Token + "\n");
        var state = Path.Combine(lab.Root, "laptop-state");
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        // The declared path does not exist: only the secrets folder has the token.
        var running = lab.RunAsync(["gateway", "--secrets-dir", secrets, "--state-dir", state, "--status-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            manifest: Manifest(lab, mattermost, LoopbackPorts.Free(), writeToken: false), interrupt: interrupt);
        var healthy = await WaitHealthyAsync(port, running);
        await interrupt.CancelAsync();
        var result = await running;

        Assert.True(healthy, "the gateway never answered /healthz: " + (running.IsCompleted ? result.ToString() : "still running"));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(state, "nixclaw.db")));
    }

    [Fact]
    public async Task ReadsTheTokenFromTheCredentialsDirectoryUnderItsFlatName()
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        using var lab = new LabProject();
        var port = LoopbackPorts.Free();
        var credentials = Path.Combine(lab.Root, "credentials");
        Directory.CreateDirectory(credentials);
        File.WriteAllText(Path.Combine(credentials, "mattermost_bot_token"), mattermost.Bot.Token);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var running = lab.RunAsync(["gateway"], manifest: Manifest(lab, mattermost, LoopbackPorts.Free(), writeToken: false), interrupt: interrupt,
            variables: new Dictionary<string, string>
            {
                ["CREDENTIALS_DIRECTORY"] = credentials,
                ["NIXCLAW_STATUS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        var healthy = await WaitHealthyAsync(port, running);
        await interrupt.CancelAsync();
        var result = await running;

        Assert.True(healthy, "the gateway never answered /healthz: " + (running.IsCompleted ? result.ToString() : "still running"));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task AStatusPortInUseSaysSoAndNamesThePort()
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), TestContext.Current.CancellationToken);
        using var lab = new LabProject();
        var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        try
        {
            var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

            var result = await lab.RunAsync(["gateway", "--status-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                manifest: Manifest(lab, mattermost, LoopbackPorts.Free(), writeToken: true));

            Assert.True(result.ExitCode == ExitCodes.Config, result.ToString());
            Assert.Contains($"port {port} (status endpoint, 127.0.0.1) is already in use: stop the other gateway or pass --status-port", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Mattermost", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            occupant.Stop();
        }
    }

    [Fact]
    public async Task AStatusPortThatIsNotANumberIsAConfigurationError()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["gateway", "--status-port", "http"]);

        Assert.Equal(ExitCodes.Config, result.ExitCode);
        Assert.Contains("status port 'http'", result.Error, StringComparison.Ordinal);
    }

    private static async Task<bool> WaitHealthyAsync(int port, Task<RunResult> running)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300 && !running.IsCompleted; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), TestContext.Current.CancellationToken)).IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }

        return false;
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
