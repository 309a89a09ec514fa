using Microsoft.Extensions.Time.Testing;
using NixClaw.Bindings;
using NixClaw.Runtime.Service;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class LogsTests
{
    private const string Line1 = "{\"Timestamp\":\"2026-11-25T20:00:01Z\",\"LogLevel\":\"Information\",\"Category\":\"Gateway\",\"Message\":\"started\"}";
    private const string Line2 = "{\"Timestamp\":\"2026-11-25T20:00:02Z\",\"LogLevel\":\"Error\",\"Category\":\"Mattermost\",\"Message\":\"disconnected\",\"Exception\":\"IOException: reset\\n   at X\"}";

    [Fact]
    public void JsonLinesArePrettyPrinted()
    {
        Assert.Equal("2026-11-25 20:00:01 INFO  Gateway: started", LogLineFormatter.Format(Line1));
        Assert.Equal("2026-11-25 20:00:02 ERROR Mattermost: disconnected\n    IOException: reset\n       at X", LogLineFormatter.Format(Line2));
        Assert.Equal("not json", LogLineFormatter.Format("not json"));
    }

    [Fact]
    public async Task PrintsTheLastLines()
    {
        using var lab = new LabProject();
        var log = WriteLog(lab, Line1, Line2, Line1);

        var result = await lab.RunAsync(["logs", "-n", "2"], manifest: WithLog(log));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["2026-11-25 20:00:02 ERROR Mattermost: disconnected", "    IOException: reset", "       at X", "2026-11-25 20:00:01 INFO  Gateway: started"],
            result.Output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task JsonPrintsTheRawLines()
    {
        using var lab = new LabProject();
        var log = WriteLog(lab, Line1, Line2);

        var result = await lab.RunAsync(["logs", "--json"], manifest: WithLog(log));

        Assert.Equal([Line1, Line2], result.Output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task AMissingLogSaysToCheckStatus()
    {
        using var lab = new LabProject();

        var result = await lab.RunAsync(["logs"], manifest: WithLog(Path.Combine(lab.Root, "none.log")));

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("status", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowingPrintsNewCompleteLinesAndSurvivesTruncation()
    {
        using var temp = new TempDirectory();
        var log = temp.Combine("gateway.log");
        // The last line is still being written: it is printed once it is complete.
        File.WriteAllText(log, Line1 + "\npartial");
        var time = new FakeTimeProvider();
        var tail = new LogTail(log, time);
        var (first, offset) = tail.ReadLast(10);
        var seen = new List<string>();
        var signal = new SemaphoreSlim(0);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var following = tail.FollowAsync(offset, line => { lock (seen) { seen.Add(line); } signal.Release(); }, stop.Token);

        File.AppendAllText(log, " line\nsecond\n");
        await AdvanceUntilLineAsync(time, signal);
        await AdvanceUntilLineAsync(time, signal);
        File.WriteAllText(log, "rotated\n");
        await AdvanceUntilLineAsync(time, signal);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => following);
        Assert.Equal([Line1], first);
        Assert.Equal(["partial line", "second", "rotated"], seen);
    }

    /// <summary>Moves the fake clock one poll at a time until the follower reports a line (the signal, not the wait, decides).</summary>
    private static async Task AdvanceUntilLineAsync(FakeTimeProvider time, SemaphoreSlim signal)
    {
        while (!await signal.WaitAsync(TimeSpan.FromMilliseconds(5), TestContext.Current.CancellationToken))
        {
            time.Advance(LogTail.PollInterval);
        }
    }

    private static string WriteLog(LabProject lab, params string[] lines)
    {
        var path = Path.Combine(lab.Root, "gateway.log");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static HostManifest WithLog(string path) =>
        new TestManifest(Lab.Manifest) { GatewayOverride = Lab.Manifest.Gateway with { LogPath = path } };
}
