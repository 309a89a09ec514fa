using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;

namespace NixClaw.GatewayBenchmarks;

/// <summary>
/// The driver: reads the program's declarations (<c>manifest</c> verb), starts the Mattermost and OpenAI fakes where
/// they point, starts the program's <c>gateway</c> verb, measures its start to ready and idle RSS, then posts messages
/// across all agent channels and measures throughput, reply times, and that every post was answered exactly once.
/// </summary>
internal static class LoadRun
{
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);
    private const double QuietShare = 0.05;
    private static readonly TimeSpan MaxSettle = TimeSpan.FromSeconds(10);

    /// <summary>How long the replies may stop coming before the run counts the rest as missed.</summary>
    private static readonly TimeSpan MaxStall = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var declared = await DeclaredHost.ReadAsync(options.Program);
        var root = Directory.CreateTempSubdirectory("nixclaw-gateway-bench-").FullName;
        try
        {
            return await RunAsync(options, declared, root);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file the gateway still held; the temp folder is the system's to clean.
            }
        }
    }

    private static async Task<int> RunAsync(LoadOptions options, DeclaredHost declared, string root)
    {
        await using var mattermost = await MattermostFake.StartAsync(new MattermostFakeOptions { Port = declared.MattermostPort, TeamName = declared.Team, BotUsername = declared.Bot });
        var latency = new Random(42);
        var (minMs, maxMs) = options.ModelLatencyMs;
        await using var model = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions
        {
            Port = declared.ModelPort,
            EchoWhenUnscripted = true,
            MaxRecordedRequests = 16,
            ReplyDelay = options.HasModelLatency ? () => TimeSpan.FromMilliseconds(minMs == maxMs ? minMs : Locked(latency, r => r.Next(minMs, maxMs + 1))) : null,
        });
        var senders = Enumerable.Range(0, 10).Select(i => mattermost.AddUser($"user{i}")).ToArray();
        var channels = declared.Channels.Select(name => mattermost.CreateChannel(name, members: senders)).ToArray();
        var timeline = new ReplyTimeline(mattermost.Bot.Id);
        mattermost.PostCreated = timeline.OnPost;
        model.RequestAnswered = timeline.OnModel;

        await using var gateway = await GatewayProcess.StartAsync(options.Program, options.ConfigFolder, root, mattermost.Bot.Token);
        using var http = new HttpClient();
        var connection = (await gateway.StatusAsync(http)).GetProperty("mattermost").GetProperty("connection").GetString();
        if (connection != "connected")
        {
            throw new InvalidOperationException($"the gateway said READY=1 while its Mattermost connection is '{connection}'");
        }

        // Idle: connected, nothing to do, give the runtime a moment to settle.
        var idleCpuBefore = gateway.Cpu();
        await Task.Delay(TimeSpan.FromSeconds(options.IdleSeconds));
        var idleCpu = gateway.Cpu() - idleCpuBefore;
        var idleRss = gateway.RssMb();

        var picks = new Random(42);
        async Task PostAsync(int count, int perSecond, Func<int, string> text)
        {
            var next = -1;
            var schedule = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, options.Concurrency), async (_, ct) =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                {
                    if (perSecond > 0 && TimeSpan.FromSeconds((double)index / perSecond) - schedule.Elapsed is { Ticks: > 0 } wait)
                    {
                        await Task.Delay(wait, ct);
                    }

                    var (channel, sender) = Locked(picks, r => (r.Next(channels.Length), r.Next(senders.Length)));
                    await mattermost.PostAsUserAsync(senders[sender], channels[channel], text(index), cancellationToken: ct);
                }
            });
        }

        await PostAsync(options.Warmup, options.Rate, _ => "warm-up message");
        await WaitRepliedAsync(timeline, options.Warmup);

        // The warm-up leaves work behind that is not the sustained state being measured (methods queued for tier-1
        // compilation, the GC of the burst's leftovers): the measured phase starts once the gateway has been quiet.
        var settling = Stopwatch.StartNew();
        var settled = await WaitQuietAsync(gateway);
        var settleTime = settling.Elapsed;

        var gatewayCpuBefore = gateway.Cpu();
        var driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await PostAsync(options.Messages, options.Rate, ReplyTimeline.Message);
        var postedIn = clock.Elapsed;
        await WaitRepliedAsync(timeline, options.Warmup + options.Messages);
        var elapsed = clock.Elapsed;
        var final = await gateway.StatusAsync(http);
        var loadedRss = gateway.RssMb();
        var gatewayCpu = gateway.Cpu() - gatewayCpuBefore;
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore;
        var exitCode = await gateway.StopAsync();

        // Exactly once, as the users see it: every post of a sender has one bot reply in its thread.
        var posts = channels.SelectMany(c => mattermost.UserPostsIn(c)).ToList();
        var repliesPerPost = posts.Where(p => p.UserId == mattermost.Bot.Id && p.RootId.Length > 0).CountBy(p => p.RootId).ToDictionary(StringComparer.Ordinal);
        var asked = posts.Where(p => p.UserId != mattermost.Bot.Id).ToList();
        var answered = asked.Count(p => repliesPerPost.ContainsKey(p.Id));
        var duplicates = asked.Sum(p => Math.Max(0, repliesPerPost.GetValueOrDefault(p.Id) - 1));
        var missed = asked.Count - answered;

        var counters = final.GetProperty("counters");
        var overheads = timeline.OverheadsMs();
        var replyTimes = timeline.ReplyTimesMs();
        // NIXCLAW_BENCH_TIMELINE=<file> keeps each message's queued timestamp and overhead, to line slow ones up with a trace.
        if (Environment.GetEnvironmentVariable("NIXCLAW_BENCH_TIMELINE") is { Length: > 0 } timelineCsv)
        {
            timeline.WriteCsv(timelineCsv);
        }

        Console.WriteLine($"""
            | Measure | Result |
            |---|---|
            | Gateway | `{Path.GetFileName(options.Program)} gateway` ({declared.Channels.Count} agents, one channel each) |
            | Model latency | {options.ModelLatencyText} |
            | Messages (after {options.Warmup} warm-up) | {options.Messages}, {options.Concurrency} concurrent senders, {(options.Rate > 0 ? $"paced at {options.Rate}/s" : "as fast as they can")} |
            | Throughput | {options.Messages / elapsed.TotalSeconds:0} messages/s ({elapsed.TotalSeconds:0.00} s; posting alone took {postedIn.TotalSeconds:0.00} s) |
            | Reply time (post queued → reply at Mattermost, model included; {replyTimes.Length} messages) | {Percentiles(replyTimes)} |
            | Gateway overhead (the same minus the model's own time) | {Percentiles(overheads)}; {overheads.Count(o => o >= 5)} at 5 ms or more |
            | CPU during the run: gateway / driver (fakes + load) | {gatewayCpu.TotalSeconds:0.00} s ({gatewayCpu.TotalMilliseconds / options.Messages:0.00} ms per message) / {driverCpu.TotalSeconds:0.00} s |
            | Quiet after the warm-up (under {QuietShare:P0} of a core for {QuietWindow.TotalMilliseconds:0} ms) | {(settled ? $"after {settleTime.TotalMilliseconds:0} ms" : $"not within {MaxSettle.TotalSeconds:0} s: measured anyway")} |
            | Start → ready (process start → READY=1, Mattermost connected) | {gateway.StartToReady.TotalMilliseconds:0} ms |
            | RSS (VmRSS) idle / after load | {idleRss:0.0} MB / {loadedRss:0.0} MB |
            | Gateway CPU while idle ({options.IdleSeconds} s, connected) | {idleCpu.TotalMilliseconds:0} ms |
            | Posts answered / missed / duplicate replies | {answered} / {missed} / {duplicates} (gateway's counters: answered {counters.GetProperty("answered").GetInt64()}, duplicate {counters.GetProperty("duplicate").GetInt64()}) |
            | Gateway exit code after SIGTERM | {exitCode} |
            """);
        if (missed > 0 || duplicates > 0 || exitCode != 0)
        {
            Console.Error.WriteLine("The gateway's last console lines:\n" + string.Join('\n', gateway.LastLines()));
            return 1;
        }

        return 0;
    }

    private static string Percentiles(double[] sorted)
    {
        if (sorted.Length == 0)
        {
            return "no messages";
        }

        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {At(50):0.00} ms, p90 {At(90):0.00} ms, p99 {At(99):0.00} ms, max {sorted[^1]:0.00} ms");
    }

    private static T Locked<T>(Random random, Func<Random, T> pick)
    {
        lock (random)
        {
            return pick(random);
        }
    }

    // Until `count` posts have a reply, or none came for MaxStall (the rest are then counted as missed).
    private static async Task WaitRepliedAsync(ReplyTimeline timeline, int count)
    {
        var last = timeline.RepliedPosts;
        var stalled = Stopwatch.StartNew();
        while (timeline.RepliedPosts < count && stalled.Elapsed < MaxStall)
        {
            await Task.Delay(20);
            if (timeline.RepliedPosts != last)
            {
                last = timeline.RepliedPosts;
                stalled.Restart();
            }
        }
    }

    // True once the process used under QuietShare of one core over a whole QuietWindow; false after MaxSettle.
    private static async Task<bool> WaitQuietAsync(GatewayProcess gateway)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < MaxSettle)
        {
            var before = gateway.Cpu();
            await Task.Delay(QuietWindow);
            if (gateway.Cpu() - before < QuietWindow * QuietShare)
            {
                return true;
            }
        }

        return false;
    }
}
