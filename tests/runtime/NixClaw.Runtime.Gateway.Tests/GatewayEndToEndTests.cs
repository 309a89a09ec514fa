using System.Net;
using System.Text.Json;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Routing;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Mattermost fake → gateway → OpenAI fake, all over loopback.</summary>
public sealed class GatewayEndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostInBoundChannelGetsOneReplyInThreadFromTheRightAgentAndTheSessionCarriesOver()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.EnqueueFor("fast-1", FakeReply.Text("coder answer 1"), FakeReply.Text("coder answer 2"));
        h.Model.EnqueueFor("slow-1", FakeReply.Text("writer answer"));
        Directory.CreateDirectory(Path.Combine(h.HomeDirectory, "workspaces", "coder"));
        await File.WriteAllTextAsync(Path.Combine(h.HomeDirectory, "workspaces", "coder", "SOUL.md"), "You love Rust.", Ct);
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);

        var first = await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "hello coder", cancellationToken: Ct);
        var other = await h.Mattermost.PostAsUserAsync(h.Alice, h.Writer, "hello writer", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 2, Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "and again", first, Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 3, Ct);

        var coderReplies = h.BotPosts(h.Coder);
        Assert.Equal(["coder answer 1", "coder answer 2"], coderReplies.Select(p => p.Message));
        Assert.All(coderReplies, p => Assert.Equal(first, p.RootId));
        var writerReply = Assert.Single(h.BotPosts(h.Writer));
        Assert.Equal(("writer answer", other), (writerReply.Message, writerReply.RootId));

        var coderRequests = h.Model.Requests.Where(r => r.Model == "fast-1").ToList();
        Assert.Equal(2, coderRequests.Count);
        Assert.Contains("You love Rust.", coderRequests[0].SystemPrompt, StringComparison.Ordinal);
        Assert.Contains("~coder", coderRequests[0].SystemPrompt, StringComparison.Ordinal);
        Assert.Equal(
            [("system", null), ("user", "hello coder"), ("assistant", "coder answer 1"), ("user", "and again")],
            coderRequests[1].Messages.Select(m => (m.Role, m.Role == "system" ? null : m.Content)));
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Random, "unbound", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.UnboundChannel) >= 1, Ct);
        Assert.Empty(h.BotPosts(h.Random));
        Assert.Contains(h.Mattermost.Requests, r => r.Method == "POST" && r.Path.EndsWith("/typing", StringComparison.Ordinal));
        Assert.Equal(3, h.Model.RequestCount);
    }

    [Fact]
    public async Task HostileWorkspaceFilesAreLeftOutOfThePromptAndTheLaneStillAnswers()
    {
        // Issue 17: a FIFO (used to hang the lane) and a two-hop link to a host secret (used to reach the prompt).
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.EnqueueFor("fast-1", FakeReply.Text("still here"), FakeReply.Text("still here 2"));
        var workspace = Path.Combine(h.HomeDirectory, "workspaces", "coder");
        Directory.CreateDirectory(workspace);
        HostileFiles.Fifo(Path.Combine(workspace, "AGENTS.md"));
        File.CreateSymbolicLink(Path.Combine(workspace, "d"), Path.GetDirectoryName(h.TokenPath)!);
        File.CreateSymbolicLink(Path.Combine(workspace, "SOUL.md"), "d/mattermost-token");
        await File.WriteAllTextAsync(Path.Combine(workspace, "USER.md"), "user notes", Ct);
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);

        var first = await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "hello", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "again", first, Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 2, Ct);

        Assert.Equal(["still here", "still here 2"], h.BotPosts(h.Coder).Select(p => p.Message));
        var prompt = h.Model.Requests[0].SystemPrompt;
        Assert.DoesNotContain(h.Mattermost.Bot.Token, prompt, StringComparison.Ordinal);
        Assert.Contains("## USER.md\nuser notes", prompt, StringComparison.Ordinal);
        Assert.Contains("## AGENTS.md\n[skipped: 'AGENTS.md' is a FIFO", prompt, StringComparison.Ordinal);
        Assert.Contains("## SOUL.md\n[skipped: 'SOUL.md' is a symbolic link", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnCallAnswersOnlyMentionsAndStripsTheMention()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("called"));
        var gateway = await h.StartGatewayAsync(h.Manifest(chatMode: "oncall"), h.Options(), Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "talking to myself", cancellationToken: Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "@nixclawbot is someone else", cancellationToken: Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, $"@{h.Mattermost.Bot.Username} please help", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1 && g.Metrics.Count(PostOutcome.NotTriggered) == 2, Ct);

        Assert.Equal("called", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("please help", Assert.Single(h.Model.Requests).LastUserMessage);
    }

    [Fact]
    public async Task OnCharAnswersOnlyPrefixedPostsWithThePrefixRemoved()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("prefixed"));
        var gateway = await h.StartGatewayAsync(h.Manifest(chatMode: "onchar", prefix: ">"), h.Options(), Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "no prefix", cancellationToken: Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "> build it", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1 && g.Metrics.Count(PostOutcome.NotTriggered) == 1, Ct);

        Assert.Equal("prefixed", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("build it", Assert.Single(h.Model.Requests).LastUserMessage);
    }

    [Fact]
    public async Task OnlyAllowedSendersTriggerAgents()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("for alice"));
        var gateway = await h.StartGatewayAsync(h.Manifest(allowFrom: ["@alice"]), h.Options(), Ct);

        await h.Mattermost.PostAsUserAsync(h.Bob, h.Coder, "bob here", cancellationToken: Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "alice here", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1 && g.Metrics.Count(PostOutcome.SenderNotAllowed) == 1, Ct);

        Assert.Equal("for alice", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("alice here", Assert.Single(h.Model.Requests).LastUserMessage);
    }

    [Fact]
    public async Task AllowedSendersAreMatchedByUserIdNotByTheShownName()
    {
        // Issue 17: a webhook post whose override_username names an allowed user used to pass the name check.
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("for alice"));
        var gateway = await h.StartGatewayAsync(h.Manifest(allowFrom: ["alice"]), h.Options(), Ct);

        h.Mattermost.PostAsWebhook(h.Bob, h.Coder, "spoofed by bob's webhook", overrideUsername: "alice");
        h.Mattermost.PostAsWebhook(h.Alice, h.Coder, "alice's own webhook, any caller", overrideUsername: "alice");
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.SenderNotAllowed) == 2, Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "really alice", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        Assert.Equal("for alice", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("really alice", Assert.Single(h.Model.Requests).LastUserMessage);
    }

    [Fact]
    public async Task RuntimeBindingEditRoutesTheNextPostWithoutRestart()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("now bound"));
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Random, "anyone?", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.UnboundChannel) == 1, Ct);

        Directory.CreateDirectory(h.ConfigDirectory);
        await File.WriteAllTextAsync(
            Path.Combine(h.ConfigDirectory, "bindings.json5"),
            $$"""[{ agentId: "writer", match: { channel: "mattermost", accountId: "default", peer: { kind: "channel", id: "{{h.Random.Id}}" } } }]""",
            Ct);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        string? posted = null;
        var handled = 1;

        // The roster watcher applies the file after its debounce (50 ms); post until routed, one post at a time.
        while (h.BotPosts(h.Random).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the binding edit was never applied");
            posted = await h.Mattermost.PostAsUserAsync(h.Alice, h.Random, "anyone now?", cancellationToken: Ct);
            handled++;
            await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) + g.Metrics.Count(PostOutcome.UnboundChannel) == handled, Ct);
        }

        var reply = Assert.Single(h.BotPosts(h.Random));
        Assert.Equal(("now bound", posted), (reply.Message, reply.RootId));
        Assert.Equal("slow-1", Assert.Single(h.Model.Requests).Model);
    }

    [Fact]
    public async Task StatusEndpointListensOnLoopbackAndReportsAgentsConnectionAndCounters()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("ok"));
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "status?", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        Assert.Equal(IPAddress.Loopback.ToString(), gateway.StatusUrl.Host);
        using var http = new HttpClient();
        using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri(gateway.StatusUrl, "healthz"), Ct));
        Assert.True(health.RootElement.GetProperty("ok").GetBoolean());
        using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri(gateway.StatusUrl, "status"), Ct));
        var root = status.RootElement;
        Assert.Equal("ok", root.GetProperty("status").GetString());
        Assert.Equal("connected", root.GetProperty("mattermost").GetProperty("connection").GetString());
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("mattermost").GetProperty("lastMessageAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, root.GetProperty("mattermost").GetProperty("lastSyncAt").ValueKind);
        Assert.Equal(["coder", "writer"], root.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(1, root.GetProperty("counters").GetProperty("answered").GetInt64());
        Assert.Equal(1, root.GetProperty("latencyMs").GetProperty("turn").GetProperty("count").GetInt64());
        Assert.Equal(1, root.GetProperty("state").GetProperty("answered").GetInt64());
    }

    [Fact]
    public async Task StatusShowsEachAgentsLastWorkspaceSyncSoOneFailedWorkspaceIsVisible()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var attempt = DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var options = h.Options(workspaceSync: id => id == "coder"
            ? new NixClaw.Runtime.Gateway.Operations.AgentSyncStatus(attempt, null, "Failed", "the sync state is a folder")
            : null);
        var gateway = await h.StartGatewayAsync(h.Manifest(), options, Ct);

        using var http = new HttpClient();
        using var status = JsonDocument.Parse(await http.GetStringAsync(new Uri(gateway.StatusUrl, "status"), Ct));

        var agents = status.RootElement.GetProperty("agents").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        var coder = agents["coder"].GetProperty("sync");
        Assert.Equal("Failed", coder.GetProperty("outcome").GetString());
        Assert.Equal("the sync state is a folder", coder.GetProperty("message").GetString());
        Assert.Equal(attempt, coder.GetProperty("lastAttempt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, agents["writer"].GetProperty("sync").ValueKind);
    }
}
