using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Operations;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Issue 17's smaller holes on the host side: log location and opening, database mode, /status token.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostFileHardeningTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-harden-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("/tmp/nixclaw/gateway.log", "/home/claw/.local/state/nixclaw/gateway.log")]
    [InlineData("logs/gateway.log", "/home/claw/.local/state/nixclaw/logs/gateway.log")]
    [InlineData("/var/log/nixclaw/gateway.log", "/var/log/nixclaw/gateway.log")]
    [InlineData("", "")]
    public void TheDefaultLogLivesInTheStateDirectoryNotInTmp(string declared, string expected) =>
        Assert.Equal(expected, GatewayHost.LogFilePath(new GatewayInfo(18789, declared, null, "workspaces"), "/home/claw/.local/state/nixclaw"));

    [Fact]
    public void TheLogIsNeverOpenedThroughALink()
    {
        var victim = Path.Combine(_dir, "victim.txt");
        File.WriteAllText(victim, "precious");
        var logs = Directory.CreateDirectory(Path.Combine(_dir, "logs"), OwnerOnly | UnixFileMode.UserExecute).FullName;
        File.CreateSymbolicLink(Path.Combine(logs, "gateway.log"), victim);

        var error = Assert.ThrowsAny<IOException>(() => new JsonLinesFileLoggerProvider(Path.Combine(logs, "gateway.log")));
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(victim));
    }

    [Fact]
    public void ALogFolderOfAnotherUserIsRefusedAndOneOfOursWritableByOthersIsNarrowed()
    {
        // What someone else could have made first in /tmp (the old default location).
        var theirs = Directory.CreateDirectory(Path.Combine(_dir, "theirs")).FullName;
        Assert.SkipUnless(Environment.UserName == "root", "making a folder of another user needs root");
        Assert.Equal(0, Chown(theirs, 65534, 65534));
        var error = Assert.ThrowsAny<IOException>(() => new JsonLinesFileLoggerProvider(Path.Combine(theirs, "gateway.log")));
        Assert.Contains("belongs to user 65534", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(theirs, "gateway.log")));

        var ours = Directory.CreateDirectory(Path.Combine(_dir, "ours")).FullName;
        File.SetUnixFileMode(ours, (UnixFileMode)0x1FF); // 0777, as a umask of 000 makes it
        using (new JsonLinesFileLoggerProvider(Path.Combine(ours, "gateway.log")))
        {
        }

        Assert.Equal((UnixFileMode)0x1ED, File.GetUnixFileMode(ours)); // 0755
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int Chown([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int owner, int group);

    [Fact]
    public void TheLogIsPrivateAndAppendsAcrossRuns()
    {
        var path = Path.Combine(_dir, "state", "gateway.log");
        for (var i = 0; i < 2; i++)
        {
            using var provider = new JsonLinesFileLoggerProvider(path);
            provider.CreateLogger("t").LogWarning("run {Run}", i);
        }

        Assert.Equal(2, File.ReadAllLines(path).Length);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
    }

    [Fact]
    public void TheStateDatabaseAndItsWalAreCreated0600()
    {
        var path = Path.Combine(_dir, "state", "nixclaw.db");
        using (var store = GatewayStateStore.Open(path))
        {
            store.AdvanceCursor("c1", 5);
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path + "-wal"));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path + "-shm"));
        }

        // An existing database from before is narrowed on open.
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (GatewayStateStore.Open(path))
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task StatusNeedsTheGatewayTokenWhenOneIsDeclared()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        var tokenPath = Path.Combine(h.Root, "secrets", "gateway-token");
        await File.WriteAllTextAsync(tokenPath, "gw-token-123\n", Ct);
        var gateway = await h.StartGatewayAsync(
            h.Manifest(gatewayToken: new SecretInfo("gateway/token", tokenPath, "nixclaw", "0400")), h.Options(), Ct);
        using var http = new HttpClient();
        var status = new Uri(gateway.StatusUrl, "status");

        using (var anonymous = await http.GetAsync(status, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.DoesNotContain("coder", await anonymous.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using (var wrong = new HttpRequestMessage(HttpMethod.Get, status) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "gw-token-12") } })
        using (var response = await http.SendAsync(wrong, Ct))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using (var right = new HttpRequestMessage(HttpMethod.Get, status) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "gw-token-123") } })
        using (var response = await http.SendAsync(right, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("coder", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var health = await http.GetAsync(new Uri(gateway.StatusUrl, "healthz"), Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
