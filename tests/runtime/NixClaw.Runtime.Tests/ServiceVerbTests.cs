using System.Text;
using System.Text.Json;
using NixClaw.Runtime.Processes;
using NixClaw.Runtime.Tests.Fixtures;
using NixClaw.Runtime.Tests.Support;

namespace NixClaw.Runtime.Tests;

public sealed class ServiceVerbTests
{
    [Fact]
    public async Task StatusAsksTheServiceUsersManagerAndTheLoopbackEndpoint()
    {
        using var lab = new LabProject();
        using var server = new LoopbackHttpServer(path => path == "/status" ? (200, "{\"agents\":1,\"mattermost\":\"connected\"}") : (404, ""));
        lab.Processes.Respond = (_, _) => Task.FromResult(Ok("ActiveState=active\nSubState=running\nMainPID=4242\nActiveEnterTimestamp=Wed 2026-11-25 20:00:00 UTC\nNRestarts=0\n"));

        var result = await lab.RunAsync(["status", "--json"], http: server.ClientFactory);

        Assert.True(result.ExitCode == 0, result.ToString());
        var spec = Assert.Single(lab.Processes.Recorded);
        Assert.Equal("systemctl", spec.FileName);
        Assert.Equal(["--user", "-M", "openclaw@", "show", "--property=ActiveState,SubState,MainPID,ActiveEnterTimestamp,NRestarts", "nixclaw-gateway"], spec.Arguments);
        Assert.Equal(["/status"], server.Requests);
        using var json = JsonDocument.Parse(result.Output);
        Assert.True(json.RootElement.GetProperty("healthy").GetBoolean());
        Assert.Equal("connected", json.RootElement.GetProperty("endpoint").GetProperty("body").GetProperty("mattermost").GetString());
        Assert.Equal("http://127.0.0.1:18789/status", json.RootElement.GetProperty("endpoint").GetProperty("url").GetString());
    }

    [Fact]
    public async Task StatusExitsOneWhenTheServiceIsDown()
    {
        using var lab = new LabProject();
        using var server = new LoopbackHttpServer(_ => (503, "{}"));
        lab.Processes.Respond = (_, _) => Task.FromResult(Ok("ActiveState=failed\nSubState=failed\nMainPID=0\n"));

        var result = await lab.RunAsync(["status"], http: server.ClientFactory);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("failed/failed", result.Output, StringComparison.Ordinal);
        Assert.Contains("not healthy", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AsTheServiceUserStatusUsesItsOwnManager()
    {
        using var lab = new LabProject();
        var service = new GatewayServiceProbe(lab);

        var spec = service.Systemctl("restart");

        Assert.Equal(["--user", "restart", "nixclaw-gateway"], spec.Arguments);
    }

    [Fact]
    public async Task RestartRestartsTheUnitAndWaitsForHealth()
    {
        using var lab = new LabProject();
        using var server = new LoopbackHttpServer(path => path == "/healthz" ? (200, "ok") : (404, ""));

        var result = await lab.RunAsync(["restart"], http: server.ClientFactory);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["--user", "-M", "openclaw@", "restart", "nixclaw-gateway"], Assert.Single(lab.Processes.Recorded).Arguments);
        Assert.Contains("healthy", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartReportsSystemctlFailures()
    {
        using var lab = new LabProject();
        lab.Processes.Respond = (_, _) => Task.FromResult(new ProcessResult(1, [], "Failed to connect to bus: No medium found"));

        var result = await lab.RunAsync(["restart", "--wait", "0"]);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("Failed to connect to bus", result.Error, StringComparison.Ordinal);
        Assert.Contains("just restart", result.Error, StringComparison.Ordinal);
    }

    private static ProcessResult Ok(string output) => new(0, Encoding.UTF8.GetBytes(output), "");

    /// <summary>The service helper as the service user itself would build it.</summary>
    private sealed class GatewayServiceProbe(LabProject lab)
    {
        public ProcessSpec Systemctl(string verb) =>
            new Service.GatewayService(Lab.Manifest, new AppEnvironment { Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null, UserName = "openclaw", HomeDirectory = lab.Home })
                .Systemctl(verb);
    }
}
