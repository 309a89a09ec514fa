using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting.Systemd;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Routing;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Configuration errors, logs, systemd notify and tools, through the composed host.</summary>
public sealed class GatewayHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MissingTokenFileExitsWith78()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        File.Delete(h.TokenPath);

        Assert.Equal(78, await GatewayHost.RunAsync(h.Manifest(), h.Options(), Ct));
        var error = await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayHost.StartAsync(h.Manifest(), h.Options(), Ct));
        Assert.Contains(h.TokenPath, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task RejectedTokenAndUndeclaredModelAreConfigurationErrors()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var badModel = h.Manifest(agents: [TestManifest.Agent("coder", "coder", "missing")]);
        Assert.Contains("model 'missing'", (await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayHost.StartAsync(badModel, h.Options(), Ct))).Message, StringComparison.Ordinal);

        await File.WriteAllTextAsync(h.TokenPath, "not-the-token", Ct);
        var rejected = await Assert.ThrowsAsync<GatewayConfigurationException>(() => GatewayHost.StartAsync(h.Manifest(), h.Options(), Ct));
        Assert.Contains("rejected the bot token", rejected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(78, await GatewayHost.RunAsync(h.Manifest(), h.Options(), Ct));
    }

    [Fact]
    public async Task LogFileHasOneJsonObjectPerLineAndNoSecretsAndSystemdHearsReadyThenStopping()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("logged"));
        var logPath = Path.Combine(h.Root, "logs", "gateway.log");
        var notifier = new RecordingNotifier();
        var options = h.Options();
        var gateway = await h.StartGatewayAsync(h.Manifest(), new GatewayOptions
        {
            StateDirectory = options.StateDirectory,
            ConfigDirectory = options.ConfigDirectory,
            HomeDirectory = options.HomeDirectory,
            StatusPort = 0,
            LogPath = logPath,
            ConsoleLog = false,
            Notifier = notifier,
        }, Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "log this", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);
        await gateway.StopAsync();

        var lines = await File.ReadAllLinesAsync(logPath, Ct);
        Assert.NotEmpty(lines);
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(entries, e => Assert.True(e.TryGetProperty("time", out _) && e.TryGetProperty("level", out _) && e.TryGetProperty("message", out _)));
        Assert.Contains(entries, e => e.GetProperty("message").GetString()!.StartsWith("Ready: connected to Mattermost", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.TryGetProperty("AgentId", out var id) && id.GetString() == "coder");
        Assert.DoesNotContain(h.Mattermost.Bot.Token, string.Join("\n", lines), StringComparison.Ordinal);
        Assert.True(OperatingSystem.IsWindows() || Convert.ToString((int)File.GetUnixFileMode(logPath), 8) == "600", "the log file must be 0600");
        Assert.Equal(["READY=1", "STOPPING=1"], notifier.States);
    }

    [Fact]
    public async Task AgentToolsAreOfferedAndInvokedAndTheResultGoesBackToTheModel()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Tools(new FakeToolCall("add", """{"a":2,"b":3}""")), FakeReply.Text("2 + 3 = 5"));
        var options = h.Options();
        var gateway = await h.StartGatewayAsync(h.Manifest(), new GatewayOptions
        {
            StateDirectory = options.StateDirectory,
            ConfigDirectory = options.ConfigDirectory,
            HomeDirectory = options.HomeDirectory,
            StatusPort = 0,
            LogPath = "",
            ConsoleLog = false,
            Tools = new AddTool(),
        }, Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "what is 2 + 3?", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        Assert.Equal("2 + 3 = 5", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal(2, h.Model.RequestCount);
        Assert.Equal(["add"], h.Model.Requests[0].ToolNames);
        Assert.Equal([("tool", "5")], h.Model.Requests[1].Messages.Where(m => m.Role == "tool").Select(m => (m.Role, m.Content)));
        Assert.Equal(2, gateway.Metrics.ModelCalls);
    }

    private sealed class AddTool : IAgentToolSource
    {
        private readonly AIFunction _add = AIFunctionFactory.Create(([Description("first")] int a, [Description("second")] int b) => a + b, "add", "Adds two numbers");

        public IReadOnlyList<AITool> ToolsFor(ResolvedAgent agent) => agent.Id == "coder" ? [_add] : [];
    }

    private sealed class RecordingNotifier : ISystemdNotifier
    {
        public List<string> States { get; } = [];

        public bool IsEnabled => true;

        public void Notify(ServiceState state)
        {
            lock (States)
            {
                States.Add(state.ToString());
            }
        }
    }
}
