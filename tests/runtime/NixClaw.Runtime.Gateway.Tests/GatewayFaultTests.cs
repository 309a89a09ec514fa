using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Faults on either side: every post answered exactly once, none missed; model failures retried, then one error reply.</summary>
public sealed class GatewayFaultTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ModelRateLimitAndServerErrorsAreRetriedWithBackoffHonouringRetryAfter()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.RateLimited(retryAfterSeconds: 7), FakeReply.Error(500), FakeReply.Text("finally"));
        var retries = new List<ModelRetry>();
        var scheduled = new SemaphoreSlim(0);
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(r => { lock (retries) { retries.Add(r); } scheduled.Release(); }, fakeClock: true), Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "try hard", cancellationToken: Ct);
        await scheduled.WaitAsync(Ct);
        Assert.Equal(1, h.Model.RequestCount);
        h.Clock.Advance(TimeSpan.FromSeconds(6.9));
        Assert.Equal(1, h.Model.RequestCount);
        h.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await scheduled.WaitAsync(Ct);
        h.Clock.Advance(TimeSpan.FromSeconds(2));
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        Assert.Equal("finally", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal(3, h.Model.RequestCount);
        Assert.Equal(
            [("HTTP 429 rate_limit_exceeded", TimeSpan.FromSeconds(7)), ("HTTP 500 server_error", TimeSpan.FromSeconds(2))],
            retries.Select(r => (r.Failure.Description, r.Delay)));
        Assert.Equal(2, gateway.Metrics.ModelRetries);
    }

    [Fact]
    public async Task ModelTimeoutsAreRetriedThenExhaustedRetriesGiveExactlyOneErrorReply()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Hang(), FakeReply.Error(503), FakeReply.Error(500), FakeReply.Error(502));
        var scheduled = new SemaphoreSlim(0);
        var policy = new ModelRetryPolicy { MaxAttempts = 4, BaseDelay = TimeSpan.FromSeconds(1), AttemptTimeout = TimeSpan.FromSeconds(30) };
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(_ => scheduled.Release(), fakeClock: true, retry: policy), Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "are you there?", cancellationToken: Ct);
        await h.Model.WaitForRequestsAsync(1, Ct);
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        foreach (var delay in (int[])[1, 2, 4])
        {
            await scheduled.WaitAsync(Ct);
            h.Clock.Advance(TimeSpan.FromSeconds(delay));
        }

        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.ErrorReplied) == 1, Ct);
        var reply = Assert.Single(h.BotPosts(h.Coder));
        Assert.StartsWith("⚠️ Coder could not answer: the model failed after 4 attempt(s) (HTTP 502", reply.Message, StringComparison.Ordinal);
        Assert.Equal(4, h.Model.RequestCount);
        Assert.True(StateFile.IsAnswered(gateway.Store.Path, h.Mattermost.UserPostsIn(h.Coder)[0].Id));
    }

    [Fact]
    public async Task NonRetryableModelErrorGivesOneErrorReplyAtOnce()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Error(401, "invalid_request_error", "invalid_api_key"));
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(fakeClock: true), Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "hi", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.ErrorReplied) == 1, Ct);

        Assert.Contains("HTTP 401 invalid_api_key", Assert.Single(h.BotPosts(h.Coder)).Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Model.RequestCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SocketDroppedMidStreamLosesNothingAndAnswersNothingTwice(bool resumable)
    {
        await using var h = await GatewayHarness.StartAsync(Ct, new FakeOpenAiOptions { EchoWhenUnscripted = true });
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        var posts = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            posts.Add(await h.Mattermost.PostAsUserAsync(h.Alice, i % 2 == 0 ? h.Coder : h.Writer, $"before {i}", cancellationToken: Ct));
        }

        if (resumable)
        {
            h.Mattermost.DropAllSockets();
        }
        else
        {
            await h.Mattermost.RestartAsync(cancellationToken: Ct);
        }

        for (var i = 0; i < 10; i++)
        {
            posts.Add(await h.Mattermost.PostAsUserAsync(h.Alice, i % 2 == 0 ? h.Coder : h.Writer, $"during {i}", cancellationToken: Ct));
        }

        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 15, Ct);
        await gateway.StopAsync();

        AssertEachAnsweredOnce(h, posts);
        Assert.Equal(15, h.Model.RequestCount);
        Assert.True(h.Mattermost.ConnectionIdsIssued >= (resumable ? 1 : 2));
    }

    [Fact]
    public async Task GatewayStoppedMidTurnAnswersTheAbandonedPostAndThoseMadeWhileDownAfterRestart()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("warm-up coder"), FakeReply.Text("warm-up writer"), FakeReply.Hang());
        var first = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "warm up", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(first, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);
        await h.Mattermost.PostAsUserAsync(h.Alice, h.Writer, "warm up", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(first, g => g.Metrics.Count(PostOutcome.Answered) == 2, Ct);

        var stuck = await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "this turn hangs", cancellationToken: Ct);
        await h.Model.WaitForRequestsAsync(3, Ct);
        Assert.Equal(0, await first.StopAsync(TimeSpan.Zero));
        Assert.Equal(1, first.Metrics.Count(PostOutcome.Abandoned));

        var whileDown = new[]
        {
            await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "posted while down 1", cancellationToken: Ct),
            await h.Mattermost.PostAsUserAsync(h.Alice, h.Writer, "posted while down 2", cancellationToken: Ct),
            await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "posted while down 3", stuck, Ct),
        };
        h.Model.Responder = r => FakeReply.Text("re: " + r.LastUserMessage);
        var second = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await GatewayHarness.WaitAsync(second, g => g.Metrics.Count(PostOutcome.Answered) == 4, Ct);
        await second.StopAsync();

        var all = h.Mattermost.UserPostsIn(h.Coder).Concat(h.Mattermost.UserPostsIn(h.Writer)).Where(p => p.UserId == h.Alice.Id).Select(p => p.Id).ToList();
        Assert.Equal(6, all.Count);
        Assert.Subset(all.ToHashSet(), whileDown.ToHashSet());
        AssertEachAnsweredOnce(h, all);

        // The abandoned post is answered first (recovery), then the reply made in its thread while down.
        Assert.Equal(["re: this turn hangs", "re: posted while down 3"], h.BotPosts(h.Coder).Where(p => p.RootId == stuck).Select(p => p.Message));
    }

    [Fact]
    public async Task ReplyPostedJustBeforeACrashIsRecordedNotPostedAgain()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var trigger = await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "crash after replying", cancellationToken: Ct);
        var post = h.Mattermost.UserPostsIn(h.Coder).Single(p => p.Id == trigger);
        var inbound = new InboundPost(post.Id, h.Coder.Id, "coder", h.Alice.Id, "alice", post.Message, "", post.CreateAt);
        using (var crashed = GatewayStateStore.Open(Path.Combine(h.StateDirectory, GatewayHost.DatabaseFileName)))
        {
            Assert.Equal(ClaimOutcome.Claimed, crashed.TryClaim(inbound));
        }

        await h.Mattermost.PostAsUserAsync(h.Mattermost.Bot, h.Coder, "the reply the crashed run had posted", trigger, Ct);
        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.RecoveredReply) == 1, Ct);

        Assert.Single(h.BotPosts(h.Coder));
        Assert.Equal(0, h.Model.RequestCount);
        Assert.True(StateFile.IsAnswered(gateway.Store.Path, trigger));
    }

    [Fact]
    public async Task ClaimedButUnansweredPostFromACrashedRunIsAnsweredOnceOnStart()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Text("answered after the crash"));
        var trigger = await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "crash before replying", cancellationToken: Ct);
        var post = h.Mattermost.UserPostsIn(h.Coder).Single(p => p.Id == trigger);
        using (var crashed = GatewayStateStore.Open(Path.Combine(h.StateDirectory, GatewayHost.DatabaseFileName)))
        {
            crashed.TryClaim(new InboundPost(post.Id, h.Coder.Id, "coder", h.Alice.Id, "alice", post.Message, "", post.CreateAt));
        }

        var gateway = await h.StartGatewayAsync(h.Manifest(), h.Options(), Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct);

        var reply = Assert.Single(h.BotPosts(h.Coder));
        Assert.Equal(("answered after the crash", trigger), (reply.Message, reply.RootId));
    }

    // Exactly one bot reply per user post: as many replies in each thread as user posts that thread has.
    private static void AssertEachAnsweredOnce(GatewayHarness h, IReadOnlyList<string> posts)
    {
        var userPosts = h.Mattermost.UserPostsIn(h.Coder).Concat(h.Mattermost.UserPostsIn(h.Writer)).Where(p => posts.Contains(p.Id)).ToList();
        Assert.Equal(posts.Count, userPosts.Count);
        var replies = h.BotPosts(h.Coder).Concat(h.BotPosts(h.Writer)).ToList();
        Assert.Equal(posts.Count, replies.Count);
        foreach (var thread in userPosts.GroupBy(p => p.RootId.Length > 0 ? p.RootId : p.Id))
        {
            Assert.Equal(thread.Count(), replies.Count(r => r.RootId == thread.Key));
        }
    }
}
