using System.Text.Json;
using NixClaw.Fakes.Mattermost;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>
/// The seed's daily workflow end to end, through the program's verbs only: the gateway runs; `agent new` creates
/// the repository, workspace, channel and roster entry; a post in the new channel is answered by the new agent,
/// with no restart; `agent delete` takes it out of the roster again. Real git, Gitea/Mattermost/model fakes.
/// Every wait is on a condition the gateway's <c>/status</c> reports, never a fixed delay.
/// </summary>
public sealed class AgentLifecycleEndToEndTests
{
    [Fact]
    public async Task AnAgentCreatedWhileTheGatewayRunsAnswersInItsChannelAndStopsOnceDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var setup = await FakeServers.StartAsync();
        var mattermost = setup.Mattermost;
        var alice = mattermost.AddUser("alice");
        using var lab = new LabProject();
        var status = new GatewayStatus(LoopbackPorts.Free());
        var manifest = setup.Manifest(lab, status.Port);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var gateway = lab.RunAsync(["gateway"], manifest: manifest, interrupt: interrupt);
        try
        {
            await status.WaitAsync(_ => true, "answers /status", gateway, ct);

            var created = await lab.RunAsync(["agent", "new", "garden"], manifest: manifest);
            Assert.True(created.ExitCode == 0, created.ToString());

            // The gateway picks the roster change up on its own (file watcher, no restart); /status lists it.
            await status.WaitAsync(s => s.HasAgent("garden"), "lists agent garden", gateway, ct);
            var channel = mattermost.FindChannel("garden") ?? throw new InvalidOperationException("agent new created no channel");
            mattermost.AddChannelMember(channel, alice);

            var question = await mattermost.PostAsUserAsync(alice, channel, "@bot which plants need water?", cancellationToken: ct);
            var reply = await WaitForOnlyReplyAsync(status, mattermost, channel, question, answered: 1, gateway, ct);

            // Answered in the thread, once, by the new agent: its workspace prompt names it.
            Assert.Equal(question, reply.RootId);
            var request = setup.Model.Requests.Single(r => r.LastUserMessage?.Contains("which plants need water?", StringComparison.Ordinal) == true);
            Assert.StartsWith("You are garden (agent id garden)", request.SystemPrompt, StringComparison.Ordinal);

            var deleted = await lab.RunAsync(["agent", "delete", "garden"], manifest: manifest);
            Assert.True(deleted.ExitCode == 0, deleted.ToString());
            await status.WaitAsync(s => !s.HasAgent("garden"), "no longer lists agent garden", gateway, ct);
            Assert.True(channel.DeleteAt > 0, "agent delete left the channel open");
            var listed = await lab.RunAsync(["agent", "list", "--json"], manifest: manifest);
            Assert.True(listed.ExitCode == 0, listed.ToString());
            Assert.DoesNotContain("\"id\": \"garden\"", listed.Output, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"notes\"", listed.Output, StringComparison.Ordinal);

            // Out of service: someone restores the channel in Mattermost and posts. The gateway still gets the post,
            // but garden is gone from the roster. With one agent left, OpenClaw's fallback (the sole agent owns
            // unmatched traffic, docs/roster.md) has the declared agent answer; garden never answers again.
            using (var admin = new HttpClient { BaseAddress = mattermost.BaseUrl })
            {
                admin.DefaultRequestHeaders.Authorization = new("Bearer", mattermost.AddUser("root", isSystemAdmin: true).Token);
                (await admin.PostAsync(new Uri($"api/v4/channels/{channel.Id}/restore", UriKind.Relative), null, ct)).EnsureSuccessStatusCode();
            }

            var late = await mattermost.PostAsUserAsync(alice, channel, "@bot still there?", cancellationToken: ct);
            await WaitForOnlyReplyAsync(status, mattermost, channel, late, answered: 2, gateway, ct);
            var lateRequest = setup.Model.Requests.Single(r => r.LastUserMessage?.Contains("still there?", StringComparison.Ordinal) == true);
            Assert.StartsWith("You are notes (agent id notes)", lateRequest.SystemPrompt, StringComparison.Ordinal);
        }
        finally
        {
            await interrupt.CancelAsync();
            var stopped = await gateway;
            Assert.True(stopped.ExitCode == 0, stopped.ToString());
        }
    }

    // The gateway marks a post answered only after its reply is posted, so once /status counts it, every reply
    // the gateway will ever post for it is already in the channel: exactly one must be there.
    private static async Task<FakePost> WaitForOnlyReplyAsync(GatewayStatus status, MattermostFake mattermost, FakeChannel channel, string rootId, int answered, Task<RunResult> gateway, CancellationToken ct)
    {
        await status.WaitAsync(s => s.Answered >= answered, $"counts {answered} answered post(s)", gateway, ct);
        return Assert.Single(mattermost.UserPostsIn(channel), p => p.RootId == rootId && p.UserId == mattermost.Bot.Id);
    }

    /// <summary>Reads the running gateway's <c>/status</c> on its loopback port.</summary>
    private sealed class GatewayStatus(int port)
    {
        public int Port => port;

        /// <summary>Polls <c>/status</c> until <paramref name="condition"/> holds (10 s), failing early if the gateway exited.</summary>
        public async Task WaitAsync(Func<Snapshot, bool> condition, string what, Task<RunResult> gateway, CancellationToken ct)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(TimeSpan.FromSeconds(10));
            using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            do
            {
                if (gateway.IsCompleted)
                {
                    throw new InvalidOperationException($"the gateway exited before it {what}: {await gateway}");
                }

                try
                {
                    using var json = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/status"), limit.Token));
                    if (condition(new Snapshot(json.RootElement)))
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
            }
            while (await WaitTickAsync(poll, limit.Token, ct));

            throw new TimeoutException($"the gateway never {what} within 10 s");
        }

        private static async Task<bool> WaitTickAsync(PeriodicTimer poll, CancellationToken limit, CancellationToken ct)
        {
            try
            {
                return await poll.WaitForNextTickAsync(limit);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return false;
            }
        }
    }

    private sealed class Snapshot(JsonElement root)
    {
        public long Answered => root.GetProperty("counters").GetProperty("answered").GetInt64();

        public bool HasAgent(string id) => root.GetProperty("agents").EnumerateArray().Any(a => a.GetProperty("id").GetString() == id);
    }
}
