using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;
using NixClaw.Runtime.Tests.Support;
using NixClaw.Tools.TestProgram;

namespace NixClaw.Runtime.Tests;

/// <summary>C# tools in rootless Podman.</summary>
public sealed class PodmanCSharpToolTests() : CSharpToolSandboxTests("podman");

/// <summary>C# tools in bubblewrap.</summary>
public sealed class BubblewrapCSharpToolTests() : CSharpToolSandboxTests("bubblewrap");

/// <summary>
/// A C# tool (tests/support/NixClaw.Tools.TestProgram) built for an agent as the gateway builds it, run by the real program
/// (<c>tool-exec</c>) in a real sandbox: what it may reach, and how failures come back to the model.
/// </summary>
public abstract class CSharpToolSandboxTests : IDisposable
{
    private const string Secret = "planted-secret-4b1e9c";

    private readonly string _backend;
    private readonly string _workspace = ToolTestProgram.CreateWorkspace();
    private readonly string _outside = Directory.CreateTempSubdirectory("nixclaw-tool-outside-").FullName;
    private readonly CountingSandbox _sandbox;

    protected CSharpToolSandboxTests(string backend)
    {
        _backend = backend;
        _sandbox = new CountingSandbox(ToolTestProgram.Sandbox(backend));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheToolWorksInItsWorkspaceButCannotReadAFileOutsideIt()
    {
        // World-readable on the host, so only the sandbox's view (not file permissions) keeps it from the tool.
        var secretPath = Path.Combine(_outside, "bot_token");
        await File.WriteAllTextAsync(secretPath, Secret, Ct);
        File.SetUnixFileMode(_outside, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(secretPath, (UnixFileMode)0b110_100_100);
        Assert.Equal(Secret, await File.ReadAllTextAsync(secretPath, Ct));

        var note = await CallAsync("append_note", """{"text":"first note"}""");
        Assert.StartsWith("noted for toolie in /workspace: 11 bytes", note, StringComparison.Ordinal);
        Assert.Equal("first note\n", await File.ReadAllTextAsync(Path.Combine(_workspace, "notes.md"), Ct));

        var stolen = await CallAsync("read_host_file", $$"""{"path":"{{secretPath}}"}""");
        Assert.DoesNotContain(Secret, stolen, StringComparison.Ordinal);
        Assert.StartsWith("error: tool 'read_host_file' failed: ", stolen, StringComparison.Ordinal);

        var runSecrets = await CallAsync("read_host_file", """{"path":"/run/secrets/mattermost/bot_token"}""");
        Assert.StartsWith("error: tool 'read_host_file' failed: ", runSecrets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AProgramUnderTmpRunsItsToolsOnTopOfTheSandboxsOwnTmp()
    {
        // A project in /tmp (a first try, a test) runs its tools from there; the sandbox's /tmp stays its own.
        var root = Path.Combine("/tmp", "nixclaw-tool-programs-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var program = ToolProgram.ForAssembly(NixClaw.Testing.DeployedProgram.Of(ToolTestProgram.Path, root));
            Assert.Contains(program.ReadOnlyPaths, p => p.StartsWith(root + "/", StringComparison.Ordinal));

            var note = await CallAsync("append_note", """{"text":"from /tmp"}""", program: program);

            Assert.StartsWith("noted for toolie in /workspace: 10 bytes", note, StringComparison.Ordinal);
            Assert.Equal("from /tmp\n", await File.ReadAllTextAsync(Path.Combine(_workspace, "notes.md"), Ct));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task TheToolHasNoNetworkWhenTheAgentDeclaresNone()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
        using (var probe = new TcpClient())
        {
            // The host reaches it; the accepted probe leaves nothing pending.
            await probe.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port, Ct);
            using var accepted = await listener.AcceptTcpClientAsync(Ct);
        }

        var result = await CallAsync("http_get", $$"""{"url":"{{url}}"}""");

        Assert.StartsWith("error: tool 'http_get' failed: HttpRequestException: ", result, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "nothing from the sandbox may reach the host's loopback");
    }

    [Fact]
    public async Task ATimeoutIsAShortErrorNamingTheToolAndKillsTheRun()
    {
        var clock = Stopwatch.StartNew();

        var result = await CallAsync("sleep", """{"seconds":120}""", TimeSpan.FromSeconds(4));

        Assert.Equal("error: tool 'sleep' timed out after 4 s", result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AnExceptionIsAShortErrorAndItsLogReachesTheGatewayLog()
    {
        var log = new ListLoggerFactory();

        var result = await CallAsync("fail", """{"message":"the bed is flooded"}""", loggers: log);

        Assert.Equal("error: tool 'fail' failed: InvalidOperationException: the bed is flooded", result);
        var entry = Assert.Single(log.Messages, m => m.Contains("stderr", StringComparison.Ordinal));
        Assert.Contains("about to fail for toolie", entry, StringComparison.Ordinal);
        Assert.Contains("NixClaw.Tools.TestProgram.FailTool.InvokeAsync", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidArgumentsGoBackToTheModelWithoutStartingASandbox()
    {
        var missing = await CallAsync("append_note", """{"txt":"typo"}""");
        var tooLong = await CallAsync("append_note", $$"""{"text":"{{new string('x', 201)}}"}""");

        Assert.Equal("error: tool 'append_note': invalid arguments: 'text' is required", missing);
        Assert.Equal("error: tool 'append_note': invalid arguments: 'text' must be 1 to 200 characters long", tooLong);
        Assert.Equal(0, _sandbox.Runs);
        Assert.False(File.Exists(Path.Combine(_workspace, "notes.md")));
    }

    [Fact]
    public async Task AnInProcessToolRunsInTheGatewayWithTheTurnsContextAndNoSandbox()
    {
        var result = await CallAsync("whoami_in_process", "{}", turn: new ToolTurn("town-square", "alice"));

        Assert.Equal($"pid {Environment.ProcessId} for toolie in town-square", result);
        Assert.Equal(0, _sandbox.Runs);
    }

    private async Task<string> CallAsync(string tool, string json, TimeSpan? timeout = null, ToolTurn? turn = null, ILoggerFactory? loggers = null, ToolProgram? program = null)
    {
        var agent = TestToolManifest.Agent("toolie", _backend, timeout ?? TimeSpan.FromSeconds(60), tool);
        using var http = new HttpClient();
        var function = AgentTools.Create(agent, new AgentToolEnvironment
        {
            WorkspaceDirectory = _workspace,
            Sandbox = _sandbox,
            HttpClient = http,
            DeclaredTools = new TestToolManifest().AgentTools,
            ToolProgram = program ?? ToolTestProgram.Program,
        }).Single();
        var arguments = new AIFunctionArguments(System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!)
        {
            Services = new Services(turn, loggers),
        };
        return (await function.InvokeAsync(arguments, Ct))?.ToString() ?? "";
    }

    public void Dispose()
    {
        Directory.Delete(_workspace, recursive: true);
        Directory.Delete(_outside, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed class Services(ToolTurn? turn, ILoggerFactory? loggers) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(ToolTurn) ? turn : serviceType == typeof(ILoggerFactory) ? loggers : null;
    }

    /// <summary>The real sandbox, counting the runs.</summary>
    private sealed class CountingSandbox(ISandbox inner) : ISandbox
    {
        private int _runs;

        public int Runs => _runs;

        public string Backend => inner.Backend;

        public Task<SandboxCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) => inner.GetCapabilitiesAsync(cancellationToken);

        public Task<SandboxResult> RunAsync(SandboxRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            return inner.RunAsync(request, cancellationToken);
        }
    }

    private sealed class ListLoggerFactory : ILoggerFactory, ILogger
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => this;

        public void Dispose()
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_messages)
            {
                _messages.Add(formatter(state, exception));
            }
        }
    }
}
