using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NixClaw.Fakes.Mattermost;
using NixClaw.Fakes.OpenAi;

namespace NixClaw.GatewayBenchmarks;

/// <summary>
/// The driver: starts the Mattermost and OpenAI (echo) fakes, starts the gateway in a child process, measures its
/// start-to-connected time and idle RSS, then posts messages across all channels and measures sustained throughput
/// and the gateway's per-message overhead (from its own <c>/status</c> latency percentiles).
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        int Option(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
        var agents = Option("--agents", 100);
        var messages = Option("--messages", 5000);
        var warmup = Option("--warmup", 500);
        var concurrency = Option("--concurrency", 32);

        // 0: post as fast as the senders can (throughput; the gateway saturates and queues, so latencies include
        // queueing). N: post N messages/s on a fixed schedule (latency below saturation).
        var rate = Option("--rate", 0);
        var root = Directory.CreateTempSubdirectory("nixclaw-gateway-bench-").FullName;

        await using var mattermost = await MattermostFake.StartAsync();
        await using var model = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { EchoWhenUnscripted = true, MaxRecordedRequests = 16 });
        var senders = Enumerable.Range(0, 10).Select(i => mattermost.AddUser($"user{i}")).ToArray();
        var channels = Enumerable.Range(0, agents).Select(i => mattermost.CreateChannel(BenchManifest.ChannelName(i), members: senders)).ToArray();
        var timeline = new ReplyTimeline(mattermost.Bot.Id);
        mattermost.PostCreated = timeline.OnPost;
        model.RequestAnswered = timeline.OnModel;
        var tokenPath = Path.Combine(root, "token");
        await File.WriteAllTextAsync(tokenPath, mattermost.Bot.Token);

        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(LoadRun).Assembly.Location);
        }

        foreach (var arg in (string[])["gateway", "--root", root, "--mattermost", mattermost.BaseUrl.ToString().TrimEnd('/'), "--token", tokenPath, "--model", model.BaseUrl.ToString(), "--agents", agents.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        // NIXCLAW_BENCH_GATEWAY_ENV="NAME=value;NAME=value" sets runtime knobs for the gateway child only, so a
        // setting under test does not also change the driver that measures it.
        foreach (var pair in (Environment.GetEnvironmentVariable("NIXCLAW_BENCH_GATEWAY_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 1)
            {
                throw new ArgumentException($"NIXCLAW_BENCH_GATEWAY_ENV: '{pair}' is not NAME=value");
            }

            start.Environment[pair[..equals]] = pair[(equals + 1)..];
        }

        using var child = Process.Start(start)!;
        async Task<string> ReadChildLineAsync(string prefix)
        {
            // With NIXCLAW_BENCH_TRACE=1 the child's console log shares stdout: pass it through to stderr.
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line[prefix.Length..];
                }

                Console.Error.WriteLine(line);
            }

            throw new InvalidOperationException("The gateway child exited before it was connected.");
        }

        var status = new Uri(await ReadChildLineAsync("STATUS "));
        var connected = ("x " + await ReadChildLineAsync("CONNECTED ")).Split(' ');
        _ = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                Console.Error.WriteLine(line);
            }
        });
        using var http = new HttpClient();

        // Idle: connected, nothing to do, give the runtime a moment to settle.
        child.Refresh();
        var idleCpuBefore = child.TotalProcessorTime;
        await Task.Delay(TimeSpan.FromSeconds(3));
        child.Refresh();
        var idleCpu = child.TotalProcessorTime - idleCpuBefore;
        var idleRss = RssMb(child.Id);

        var rng = new Random(42);
        async Task PostAsync(int count, int perSecond, Func<int, string> text)
        {
            var next = -1;
            var schedule = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), async (_, ct) =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) < count)
                {
                    if (perSecond > 0 && TimeSpan.FromSeconds((double)index / perSecond) - schedule.Elapsed is { Ticks: > 0 } wait)
                    {
                        await Task.Delay(wait, ct);
                    }

                    int channel, sender;
                    lock (rng)
                    {
                        channel = rng.Next(channels.Length);
                        sender = rng.Next(senders.Length);
                    }

                    await mattermost.PostAsUserAsync(senders[sender], channels[channel], text(index), cancellationToken: ct);
                }
            });
        }

        async Task<JsonElement> StatusAsync() => JsonDocument.Parse(await http.GetStringAsync(new Uri(status, "status"))).RootElement;

        async Task WaitAnsweredAsync(long target)
        {
            while ((await StatusAsync()).GetProperty("counters").GetProperty("answered").GetInt64() < target)
            {
                await Task.Delay(100);
            }
        }

        await PostAsync(warmup, 0, _ => "warm-up message");
        await WaitAnsweredAsync(warmup);

        // The warm-up burst leaves work behind that is not the sustained state being measured: ~2,000 methods queued
        // for tier-1 compilation (the compiler thread gets little CPU while the burst runs and then takes most of a
        // core for 1.5-2 s), the checkpointer's catch-up on the burst's WAL, a GC of the burst's leftovers. The
        // measured phase starts once the gateway has been quiet for a moment (docs/gateway.md, "Load benchmark").
        var settling = Stopwatch.StartNew();
        var settled = await WaitQuietAsync(child);
        var settleTime = settling.Elapsed;

        child.Refresh();
        var gatewayCpuBefore = child.TotalProcessorTime;
        var driverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var posting = PostAsync(messages, rate, ReplyTimeline.Message);
        await posting;
        var postedIn = clock.Elapsed;
        await WaitAnsweredAsync(warmup + messages);
        var elapsed = clock.Elapsed;
        var final = await StatusAsync();
        var loadedRss = RssMb(child.Id);
        child.Refresh();
        var gatewayCpu = child.TotalProcessorTime - gatewayCpuBefore;
        var driverCpu = Process.GetCurrentProcess().TotalProcessorTime - driverCpuBefore;

        await child.StandardInput.WriteLineAsync("stop");
        await child.WaitForExitAsync();

        var replies = channels.SelectMany(c => mattermost.UserPostsIn(c)).ToLookup(p => p.UserId == mattermost.Bot.Id);
        double Pct(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        string Latency(string name)
        {
            var l = final.GetProperty("latencyMs").GetProperty(name);
            return $"p50 {l.GetProperty("p50").GetDouble():0.00} ms, p99 {l.GetProperty("p99").GetDouble():0.00} ms";
        }

        var counters = final.GetProperty("counters");
        var overheads = timeline.OverheadsMs();
        // NIXCLAW_BENCH_TIMELINE=<file> keeps each message's queued timestamp and overhead (docs/gateway.md).
        if (Environment.GetEnvironmentVariable("NIXCLAW_BENCH_TIMELINE") is { Length: > 0 } timelineCsv)
        {
            timeline.WriteCsv(timelineCsv);
        }

        Console.WriteLine($"""
            | Measure | Result |
            |---|---|
            | Agents / channels | {agents} / {channels.Length} |
            | Messages (after {warmup} warm-up) | {messages}, {concurrency} concurrent senders, {(rate > 0 ? $"paced at {rate}/s" : "as fast as they can")} |
            | Sustained throughput | {messages / elapsed.TotalSeconds:0} messages/s ({elapsed.TotalSeconds:0.00} s; posting alone took {postedIn.TotalSeconds:0.00} s) |
            | Gateway overhead per message, seen by the servers (event queued → reply request at Mattermost, minus the model's own time; {overheads.Length} messages) | p50 {Pct(overheads, 50):0.00} ms, p90 {Pct(overheads, 90):0.00} ms, p99 {Pct(overheads, 99):0.00} ms, p99.9 {Pct(overheads, 99.9):0.00} ms, max {overheads[^1]:0.00} ms; {overheads.Count(o => o >= 5)} at 5 ms or more |
            | Gateway's turn minus model (incl. the reply POST's whole round trip, so Mattermost's handling of it) | {Latency("overhead")} |
            | Gateway's own processing (minus model and reply POST) | {Latency("processing")} |
            | Reply POST round trip | {Latency("replyPost")} |
            | CPU during the run: gateway / driver (both fakes + load) | {gatewayCpu.TotalSeconds:0.00} s ({gatewayCpu.TotalMilliseconds / messages:0.00} ms per message) / {driverCpu.TotalSeconds:0.00} s |
            | Quiet after the warm-up (under {QuietShare:P0} of a core for {QuietWindow.TotalMilliseconds:0} ms) | {(settled ? $"after {settleTime.TotalMilliseconds:0} ms" : $"not within {MaxSettle.TotalSeconds:0} s: measured anyway")} |
            | Start → connected (from Main / from process start) | {connected[1]} ms / {connected[2]} ms |
            | RSS idle / after load | {idleRss:0.0} MB / {loadedRss:0.0} MB |
            | Gateway CPU while idle (3 s, connected) | {idleCpu.TotalMilliseconds:0} ms |
            | Answered / duplicates / replies seen | {counters.GetProperty("answered").GetInt64()} / {counters.GetProperty("duplicate").GetInt64()} / {replies[true].Count()} |
            | Gateway exit code | {child.ExitCode} |
            """);
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }

        return replies[true].Count() == warmup + messages ? 0 : 1;
    }

    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(250);
    private const double QuietShare = 0.05;
    private static readonly TimeSpan MaxSettle = TimeSpan.FromSeconds(10);

    // True once the process used under QuietShare of one core over a whole QuietWindow; false after MaxSettle.
    private static async Task<bool> WaitQuietAsync(Process process)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < MaxSettle)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            await Task.Delay(QuietWindow);
            process.Refresh();
            if (process.TotalProcessorTime - before < QuietWindow * QuietShare)
            {
                return true;
            }
        }

        return false;
    }

    private static double RssMb(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }
}
