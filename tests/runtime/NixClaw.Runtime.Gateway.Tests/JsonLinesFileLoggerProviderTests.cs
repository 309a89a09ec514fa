using System.Text.Json;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Gateway.Operations;

namespace NixClaw.Runtime.Gateway.Tests;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class JsonLinesFileLoggerProviderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-log-").FullName;

    private string LogPath => Path.Combine(_dir, "logs", "gateway.log");

    [Fact]
    public void WritesOneJsonObjectPerLineIntoAPrivateFile()
    {
        using (var provider = new JsonLinesFileLoggerProvider(LogPath))
        {
            provider.CreateLogger("NixClaw.Test").LogInformation("Post {PostId} answered in {Ms} ms", "p1", 12);
        }

        var line = Assert.Single(File.ReadAllLines(LogPath));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Post p1 answered in 12 ms", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("p1", json.RootElement.GetProperty("PostId").GetString());
        Assert.Equal(12, json.RootElement.GetProperty("Ms").GetInt32());
        Assert.Equal("Information", json.RootElement.GetProperty("level").GetString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(LogPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(LogPath)!));
    }

    [Fact]
    public void RotatesBySizeKeepsTheDeclaredArchivesAndLosesNoLineInThem()
    {
        using (var provider = new JsonLinesFileLoggerProvider(LogPath, maxFileBytes: 4096, archives: 2))
        {
            var logger = provider.CreateLogger("NixClaw.Test");
            for (var i = 0; i < 200; i++)
            {
                logger.LogInformation("line {Index} {Padding}", i, new string('x', 60));
            }
        }

        Assert.True(File.Exists(LogPath + ".1"));
        Assert.True(File.Exists(LogPath + ".2"));
        Assert.False(File.Exists(LogPath + ".3"));
        foreach (var file in new[] { LogPath, LogPath + ".1", LogPath + ".2" })
        {
            Assert.True(new FileInfo(file).Length < 4096 + 512, $"{file} is {new FileInfo(file).Length} bytes");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        // Oldest archive first, newest file last: the kept lines are the newest, consecutive, ending with the last.
        var indexes = new[] { LogPath + ".2", LogPath + ".1", LogPath }
            .SelectMany(File.ReadAllLines)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Index").GetInt32())
            .ToList();
        Assert.Equal(199, indexes[^1]);
        Assert.Equal(Enumerable.Range(indexes[0], indexes.Count), indexes);
        Assert.True(indexes.Count > 30, $"only {indexes.Count} lines kept (three files of ~4 KB, ~250 bytes a line)");
    }

    [Fact]
    public void KeepsTextReadableEscapesWhatJsonNeedsAndNeverMixesLinesOfThreads()
    {
        const string Tricky = "Grüße → \"quoted\" <b>&amp;</b> a+b\nline two\ttab \u0001";
        using (var provider = new JsonLinesFileLoggerProvider(LogPath))
        {
            var logger = provider.CreateLogger("NixClaw.Test");
            Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
                logger.LogInformation("line {Index} {Text} {Padding}", i, Tricky, new string('y', i)));
            logger.LogError(new InvalidOperationException(new string('e', 100_000)), "after a long exception {Index}", 400);
            logger.LogInformation("short again {Index}", 401);
        }

        var lines = File.ReadAllLines(LogPath);
        Assert.Equal(402, lines.Length);
        var indexes = new List<int>();
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var index = json.RootElement.GetProperty("Index").GetInt32();
            indexes.Add(index);
            if (index < 400)
            {
                Assert.Equal(Tricky, json.RootElement.GetProperty("Text").GetString());
                Assert.Equal(new string('y', index), json.RootElement.GetProperty("Padding").GetString());
            }
        }

        Assert.Equal(Enumerable.Range(0, 402), indexes.Order());
        Assert.Contains("Grüße → \\\"quoted\\\" <b>&amp;</b> a+b\\nline two\\ttab \\u0001", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"time\":\"", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", lines[0], StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(JsonDocument.Parse(lines[^1]).RootElement.GetProperty("time").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
