using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Routing;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>What the servers answer at start never crashes the gateway, and the start logs only the gateway's own lines.</summary>
public sealed class GatewayStartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AChannelListThatIsNotAListIsLoggedOnceAndPostsAreStillAnswered()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("still here"));
        var logPath = Path.Combine(h.Root, "logs", "gateway.log");
        h.Mattermost.Faults.AnswerNextWith(1, """{"not":"a list"}""", pathContains: "/channels", method: "GET");

        var gateway = await h.StartGatewayAsync(h.Manifest(), With(h.Options(), logPath), Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "hello", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);
        await gateway.StopAsync();

        var messages = Messages(logPath);
        Assert.Single(messages, m => m.StartsWith("Could not list the bot's channels", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("   at ", StringComparison.Ordinal));
        Assert.Equal("still here", Assert.Single(h.BotPosts(h.Coder)).Message);
    }

    [Fact]
    public async Task ServerErrorsAtStartAreRetriedWhileStatusSaysWhatItWaitsFor()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("after the outage"));
        var logPath = Path.Combine(h.Root, "logs", "gateway.log");
        var port = FreePort();
        h.Mattermost.Faults.FailNext(10_000, 503, pathContains: "/api/v4/users/me", method: "GET");

        var starting = h.StartGatewayAsync(h.Manifest(), With(h.Options(statusPort: port), logPath), Ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        string? waiting = null;
        // Waiting for Mattermost from the start, then with the last failure. A deadline, not a count of polls: on a
        // busy machine the first failure can take seconds to arrive.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline && waiting?.Contains('(', StringComparison.Ordinal) != true)
        {
            try
            {
                using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/status"), Ct));
                Assert.Equal("starting", status.RootElement.GetProperty("status").GetString());
                waiting = status.RootElement.TryGetProperty("waiting", out var w) ? w.GetString() : null;
            }
            catch (HttpRequestException)
            {
            }

            if (waiting?.Contains('(', StringComparison.Ordinal) != true)
            {
                await Task.Delay(25, Ct);
            }
        }

        Assert.False(starting.IsCompleted);
        h.Mattermost.Faults.Clear();
        var gateway = await starting;
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "are you up?", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);
        using var ready = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/status"), Ct));
        await gateway.StopAsync();

        Assert.NotNull(waiting);
        Assert.StartsWith("Mattermost at http://", waiting, StringComparison.Ordinal);
        Assert.Contains("(", waiting, StringComparison.Ordinal);
        Assert.False(ready.RootElement.TryGetProperty("waiting", out _));
        Assert.Contains(Messages(logPath), m => m.StartsWith("Waiting for Mattermost at", StringComparison.Ordinal) && m.Contains("retrying in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheStartLogsTheStatusUrlAndNoFrameworkLines()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var logPath = Path.Combine(h.Root, "logs", "gateway.log");

        var gateway = await h.StartGatewayAsync(h.Manifest(), With(h.Options(), logPath), Ct);
        await gateway.StopAsync();

        var messages = Messages(logPath);
        Assert.Contains("Status endpoint on " + gateway.StatusUrl, messages);
        foreach (var noise in (string[])["Now listening on", "Content root path", "Hosting environment", "Application started", "Application is shutting down"])
        {
            Assert.DoesNotContain(messages, m => m.Contains(noise, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task EverySecretIsReadWhereSecretPathSays()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var moved = Path.Combine(h.Root, "moved");
        Directory.CreateDirectory(moved);
        File.Move(h.TokenPath, Path.Combine(moved, "bot-token"));
        await File.WriteAllTextAsync(Path.Combine(moved, "gateway-token"), "gw-token-123\n", Ct);
        var declared = new NixClaw.Bindings.SecretInfo("gateway/token", Path.Combine(h.Root, "nowhere", "gateway-token"), "nixclaw", "0400");
        var options = h.Options();
        var gateway = await h.StartGatewayAsync(h.Manifest(gatewayToken: declared), new GatewayOptions
        {
            StateDirectory = options.StateDirectory,
            ConfigDirectory = options.ConfigDirectory,
            HomeDirectory = options.HomeDirectory,
            StatusPort = 0,
            LogPath = "",
            ConsoleLog = false,
            SecretPath = secret => Path.Combine(moved, secret.Key == "gateway/token" ? "gateway-token" : "bot-token"),
        }, Ct);

        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.StatusUrl, "status"))
        {
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "gw-token-123") },
        };
        using var response = await http.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(h.TokenPath));
    }

    private static GatewayOptions With(GatewayOptions options, string logPath) => new()
    {
        StateDirectory = options.StateDirectory,
        ConfigDirectory = options.ConfigDirectory,
        HomeDirectory = options.HomeDirectory,
        StatusPort = options.StatusPort,
        LogPath = logPath,
        ConsoleLog = false,
        Listener = options.Listener,
        MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Debug,
        StartRetryDelay = TimeSpan.FromMilliseconds(20),
        StartRetryMaxDelay = TimeSpan.FromMilliseconds(100),
    };

    private static List<string> Messages(string logPath) =>
        [.. File.ReadAllLines(logPath).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("message").GetString()!)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
