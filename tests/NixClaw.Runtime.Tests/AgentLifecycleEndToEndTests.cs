using System.Net;
using System.Net.Sockets;
using NixClaw.Fakes.Gitea;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

/// <summary>
/// The seed's daily workflow end to end, through the program's verbs only: the gateway runs; `agent new` creates
/// the repository, workspace, channel and roster entry; a post in the new channel is answered by the new agent,
/// with no restart; `agent delete` takes it out of the roster again. Real git, Gitea/Mattermost/model fakes.
/// </summary>
public sealed class AgentLifecycleEndToEndTests
{
    private const string GiteaToken = "gitea-e2e-token";

    [Fact]
    public async Task AnAgentCreatedWhileTheGatewayRunsAnswersInItsChannelAndStopsOnceDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var temp = new TempDirectory();
        await using var gitea = await FakeGiteaServer.StartAsync(new FakeGiteaOptions { RootDirectory = temp.Combine("gitea") }, ct);
        gitea.AddUser("nixclaw", GiteaToken);
        gitea.AddOrganization("lab", "nixclaw");
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions(), ct);
        await using var model = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { EchoWhenUnscripted = true }, ct);
        var alice = mattermost.AddUser("alice");
        using var lab = new LabProject();
        var port = FreePort();
        var manifest = Manifest(lab, gitea, mattermost, model, port);
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(ct);

        var gateway = lab.RunAsync(["gateway"], manifest: manifest, interrupt: interrupt);
        try
        {
            await WaitHealthyAsync(port, gateway, ct);

            var created = await lab.RunAsync(["agent", "new", "garden"], manifest: manifest);
            Assert.True(created.ExitCode == 0, created.ToString());

            // The gateway picks the roster change up on its own (file watcher, no restart); /status lists it.
            await WaitForAgentAsync(port, "garden", present: true, ct);
            var channel = mattermost.FindChannel("garden") ?? throw new InvalidOperationException("agent new created no channel");
            mattermost.AddChannelMember(channel, alice);

            var question = await mattermost.PostAsUserAsync(alice, channel, "@bot which plants need water?", cancellationToken: ct);
            var reply = await WaitForReplyAsync(mattermost, channel, question, ct);

            // Answered in the thread, once, by the new agent: its workspace prompt names it.
            Assert.Equal(question, reply.RootId);
            var request = model.Requests.Single(r => r.LastUserMessage?.Contains("which plants need water?", StringComparison.Ordinal) == true);
            Assert.StartsWith("You are garden (agent id garden)", request.SystemPrompt, StringComparison.Ordinal);

            var deleted = await lab.RunAsync(["agent", "delete", "garden"], manifest: manifest);
            Assert.True(deleted.ExitCode == 0, deleted.ToString());
            await WaitForAgentAsync(port, "garden", present: false, ct);
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
            await WaitForReplyAsync(mattermost, channel, late, ct);
            var lateRequest = model.Requests.Single(r => r.LastUserMessage?.Contains("still there?", StringComparison.Ordinal) == true);
            Assert.StartsWith("You are notes (agent id notes)", lateRequest.SystemPrompt, StringComparison.Ordinal);
        }
        finally
        {
            await interrupt.CancelAsync();
            var stopped = await gateway;
            Assert.True(stopped.ExitCode == 0, stopped.ToString());
        }
    }

    private static async Task<FakePost> WaitForReplyAsync(MattermostFake mattermost, FakeChannel channel, string rootId, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var replies = mattermost.UserPostsIn(channel).Where(p => p.RootId == rootId && p.UserId == mattermost.Bot.Id).ToList();
            if (replies.Count > 0)
            {
                await Task.Delay(200, ct);
                return Assert.Single(mattermost.UserPostsIn(channel), p => p.RootId == rootId && p.UserId == mattermost.Bot.Id);
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException($"no bot reply to post {rootId} in #{channel.Name} within 30 s");
    }

    private static async Task WaitForAgentAsync(int port, string id, bool present, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 200; attempt++)
        {
            using var status = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/status"), ct));
            var listed = status.RootElement.GetProperty("agents").EnumerateArray().Any(a => a.GetProperty("id").GetString() == id);
            if (listed == present)
            {
                return;
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException($"the gateway's /status still {(present ? "lacks" : "lists")} agent {id} after 10 s");
    }

    private static async Task WaitHealthyAsync(int port, Task<RunResult> gateway, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (gateway.IsCompleted)
            {
                throw new InvalidOperationException("the gateway exited: " + await gateway);
            }

            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50, ct);
        }

        throw new TimeoutException("the gateway never answered /healthz");
    }

    private static TestManifest Manifest(LabProject lab, FakeGiteaServer gitea, MattermostFake mattermost, FakeOpenAiServer model, int port)
    {
        var giteaToken = Path.Combine(lab.Root, "secrets", "gitea-token");
        var mattermostToken = Path.Combine(lab.Root, "secrets", "mattermost-token");
        Directory.CreateDirectory(Path.GetDirectoryName(giteaToken)!);
        File.WriteAllText(giteaToken, GiteaToken + "\n");
        File.WriteAllText(mattermostToken, mattermost.Bot.Token + "\n");
        var baseManifest = Lab.Manifest;
        return new TestManifest(baseManifest)
        {
            GatewayOverride = baseManifest.Gateway with { Port = port, LogPath = Path.Combine(lab.Root, "gateway.log") },
            GiteaOverride = baseManifest.Gitea! with { Url = gitea.BaseUrl.ToString().TrimEnd('/'), Token = baseManifest.Gitea.Token with { Path = giteaToken } },
            MattermostOverride = baseManifest.Mattermost! with
            {
                Url = mattermost.BaseUrl.ToString().TrimEnd('/'),
                Team = mattermost.Team.Name,
                Bot = mattermost.Bot.Username,
                Token = baseManifest.Mattermost.Token with { Path = mattermostToken },
            },
            ModelsOverride = [.. baseManifest.AllModels.Select(m => m with { Endpoint = model.BaseUrl.ToString() })],
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
