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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
