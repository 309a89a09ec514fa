using System.Diagnostics;
using System.Reflection;
using NixClaw.Fakes.OpenAi;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Tools;
using NixClaw.Tools.TestProgram;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>
/// Issue 21 end to end: the model (OpenAI fake) calls an agent's C# tool, the gateway validates the arguments and runs
/// the declarations program (tests/support/NixClaw.Tools.TestProgram) in the agent's real bubblewrap sandbox, the result goes
/// back to the model, and the reply posted to Mattermost (fake) carries it.
/// </summary>
public sealed class CSharpToolEndToEndTests : IDisposable
{
    private const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";

    private static readonly string SandboxUser = Environment.GetEnvironmentVariable("NIXCLAW_SANDBOX_TEST_USER") ?? "nixclaw-sbx";

    private readonly string _workspace = CreateWorkspace();

    private static string? RunAsUser => Environment.UserName == "root" ? SandboxUser : null;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheModelCallsACSharpToolTheGatewayRunsItInTheSandboxAndTheReplyCarriesTheResult()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(
            FakeReply.Tools(new FakeToolCall("append_note", """{"txt":"buy seeds"}""")),
            FakeReply.Tools(new FakeToolCall("append_note", """{"text":"buy seeds"}""")));
        h.Model.Responder = request => FakeReply.Text("Done. " + request.Messages.Last(m => m.Role == "tool").Content);
        var program = ProgramPath("ToolTestProgram");
        using var http = new HttpClient();
        var sandbox = new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = RunAsUser });
        var tools = new SandboxAgentTools(agent => new AgentToolEnvironment
        {
            WorkspaceDirectory = _workspace,
            Sandbox = sandbox,
            HttpClient = http,
            DeclaredTools = new TestToolManifest().AgentTools,
            ToolProgram = ToolProgram.ForAssembly(program),
        });
        var options = h.Options();
        var gateway = await h.StartGatewayAsync(
            h.Manifest(agents: [TestManifest.Agent("coder", "coder", "fast", 4, "read", "append_note", "whoami_in_process")]),
            new GatewayOptions
            {
                StateDirectory = options.StateDirectory,
                ConfigDirectory = options.ConfigDirectory,
                HomeDirectory = options.HomeDirectory,
                StatusPort = 0,
                LogPath = "",
                ConsoleLog = false,
                Tools = tools,
            },
            Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "note: buy seeds", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct, TimeSpan.FromSeconds(90));

        Assert.Equal(["read", "append_note", "whoami_in_process"], h.Model.Requests[0].ToolNames);
        // The first call's typo came back as an error the model could correct; the second ran in the sandbox.
        Assert.Equal("error: tool 'append_note': invalid arguments: 'text' is required", h.Model.Requests[1].Messages.Last(m => m.Role == "tool").Content);
        Assert.Equal("Done. noted for coder in /workspace: 10 bytes", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("buy seeds\n", await File.ReadAllTextAsync(Path.Combine(_workspace, "notes.md"), Ct));
    }

    [Fact]
    public async Task TheSamplesGeneratedRememberToolRunsInTheSandboxAndTheReplyCarriesTheResult()
    {
        await using var h = await GatewayHarness.StartAsync(Ct);
        h.Model.Enqueue(FakeReply.Tools(new FakeToolCall("remember", """{"text":"the NAS needs a new disk"}""")));
        h.Model.Responder = request => FakeReply.Text("Done, " + request.Messages.Last(m => m.Role == "tool").Content);
        var generated = (IDeclaredAgentTools)Homelab.Homelab.Manifest;
        Assert.Equal(["disk_usage", "remember"], generated.AgentTools.Select(t => t.Name));
        using var http = new HttpClient();
        var sandbox = new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = RunAsUser });
        var tools = new SandboxAgentTools(agent => new AgentToolEnvironment
        {
            WorkspaceDirectory = _workspace,
            Sandbox = sandbox,
            HttpClient = http,
            DeclaredTools = generated.AgentTools,
            ToolProgram = ToolProgram.ForAssembly(ProgramPath("HomelabProgram")),
        });
        var options = h.Options();
        var gateway = await h.StartGatewayAsync(
            h.Manifest(agents: [TestManifest.Agent("coder", "coder", "fast", 4, "read", "remember", "disk_usage")]),
            new GatewayOptions
            {
                StateDirectory = options.StateDirectory,
                ConfigDirectory = options.ConfigDirectory,
                HomeDirectory = options.HomeDirectory,
                StatusPort = 0,
                LogPath = "",
                ConsoleLog = false,
                Tools = tools,
            },
            Ct);

        await h.Mattermost.PostAsUserAsync(h.Alice, h.Coder, "remember: the NAS needs a new disk", cancellationToken: Ct);
        await GatewayHarness.WaitAsync(gateway, g => g.Metrics.Count(PostOutcome.Answered) == 1, Ct, TimeSpan.FromSeconds(90));

        var file = $"notes/{DateTime.UtcNow:yyyy-MM-dd}.md";
        Assert.Equal(["read", "remember", "disk_usage"], h.Model.Requests[0].ToolNames);
        Assert.Equal($"Done, noted in {file}", Assert.Single(h.BotPosts(h.Coder)).Message);
        Assert.Equal("- the NAS needs a new disk\n", await File.ReadAllTextAsync(Path.Combine(_workspace, file), Ct));
    }

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private static string ProgramPath(string key) =>
        NixClaw.Testing.DeployedProgram.Of(Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!);

    private static string CreateWorkspace()
    {
        var home = RunAsUser is null ? Path.GetTempPath() : $"/home/{SandboxUser}";
        var dir = Path.Combine(home, "nixclaw-tool-workspaces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (RunAsUser is { } user)
        {
            using var chown = Process.Start(new ProcessStartInfo("chown", [user + ":", Path.GetDirectoryName(dir)!, dir]) { WorkingDirectory = "/" })!;
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }

        return dir;
    }
}
