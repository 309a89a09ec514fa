using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Bindings;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Gateway.Agents;
using NixClaw.Runtime.Sandbox;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Issue 17 with the agent's own <c>exec</c> tool in rootless Podman (scripts/setup-sandbox's user and image).</summary>
public sealed class PodmanExecPlantedPromptFilesTests() : ExecPlantedPromptFilesTests("podman");

/// <summary>Issue 17 with the agent's own <c>exec</c> tool in bubblewrap (scripts/setup-sandbox's user and busybox rootfs).</summary>
public sealed class BubblewrapExecPlantedPromptFilesTests() : ExecPlantedPromptFilesTests("bubblewrap");

/// <summary>
/// Issue 17 ("the agent's workspace is hostile input"), made the way an agent would: its real <c>exec</c> tool, in a
/// real sandbox, plants links and a FIFO in its workspace, and the real prompt builder must leave each out and report
/// it. Inside the sandbox the workspace is <c>/workspace</c>, so the agent writes host paths as plain link text; each
/// test first checks on the host that following the planted names would reach the host file, so a reader that
/// followed links fails it.
/// </summary>
public abstract class ExecPlantedPromptFilesTests : IDisposable
{
    private const string RootFilesystem = "/var/lib/nixclaw-sandbox/rootfs";
    private const string Image = "localhost/nixclaw-sandbox";
    private const string HostSecret = "host-bot-token-9e8d7c";

    private static readonly string SandboxUser = Environment.GetEnvironmentVariable("NIXCLAW_SANDBOX_TEST_USER") ?? "nixclaw-sbx";

    private readonly string _backend;
    private readonly string _workspace;
    private readonly string _outside = Directory.CreateTempSubdirectory("nixclaw-exec-outside-").FullName;

    protected ExecPlantedPromptFilesTests(string backend)
    {
        _backend = backend;
        _workspace = CreateWorkspace();
        File.WriteAllText(Path.Combine(_outside, "bot_token"), HostSecret);
    }

    // As root, the sandbox runs as the rootless test user (as the service user runs it on a host).
    private static string? RunAsUser => Environment.UserName == "root" ? SandboxUser : null;

    private string SecretPath => Path.Combine(_outside, "bot_token");

    [Fact]
    public async Task ATwoHopLinkToAHostFileIsLeftOutAndReported()
    {
        // d -> <host folder> (absolute host path), SOUL.md -> d/bot_token (relative, through the linked folder).
        await ExecAsync($"ln -s '{_outside}' d && ln -s d/bot_token SOUL.md && echo rules > AGENTS.md");
        Assert.Equal(HostSecret, File.ReadAllText(Path.Combine(_workspace, "SOUL.md")));

        var (prompt, problems, warnings) = BuildPrompt();

        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        Assert.Contains("## AGENTS.md\nrules", prompt, StringComparison.Ordinal);
        Assert.Contains("## SOUL.md\n[skipped:", prompt, StringComparison.Ordinal);
        Assert.Equal([("SOUL.md", WorkspaceFileStatus.Symlink)], problems.Select(p => (p.RelativePath, p.Status)));
        Assert.Contains(warnings, w => w.Contains("SOUL.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARelativeLinkClimbingOutOfTheWorkspaceIsLeftOutAndReported()
    {
        // One hop, relative: ../../.. out of the workspace on the host (inside the sandbox it climbs to the sandbox's /).
        var climb = Path.GetRelativePath(_workspace, SecretPath);
        Assert.StartsWith("../", climb, StringComparison.Ordinal);
        await ExecAsync($"ln -s '{climb}' TOOLS.md");
        Assert.Equal(HostSecret, File.ReadAllText(Path.Combine(_workspace, "TOOLS.md")));

        var (prompt, problems, warnings) = BuildPrompt();

        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        Assert.Equal([("TOOLS.md", WorkspaceFileStatus.Symlink)], problems.Select(p => (p.RelativePath, p.Status)));
        Assert.Contains(warnings, w => w.Contains("TOOLS.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAbsoluteLinkToEtcPasswdIsLeftOutAndReported()
    {
        // Inside the sandbox /etc/passwd is the rootfs's own; on the host the same link text names the host's file.
        await ExecAsync("ln -s /etc/passwd USER.md && cat USER.md > /dev/null");
        var hostPasswd = File.ReadAllText("/etc/passwd");
        Assert.Equal(hostPasswd, File.ReadAllText(Path.Combine(_workspace, "USER.md")));
        var hostOnlyLine = hostPasswd.Split('\n').First(l => l.StartsWith(SandboxUser + ":", StringComparison.Ordinal) || l.StartsWith("nobody:", StringComparison.Ordinal));

        var (prompt, problems, warnings) = BuildPrompt();

        Assert.DoesNotContain(hostOnlyLine, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", prompt, StringComparison.Ordinal);
        Assert.Equal([("USER.md", WorkspaceFileStatus.Symlink)], problems.Select(p => (p.RelativePath, p.Status)));
        Assert.Contains(warnings, w => w.Contains("USER.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAbsoluteLinkInTheSandboxesViewIsLeftOutAndReported()
    {
        // /workspace/notes.md is the agent's own file inside the sandbox; on the host that link text points elsewhere.
        await ExecAsync("echo private-notes > notes.md && ln -s /workspace/notes.md IDENTITY.md && cat IDENTITY.md");

        var (prompt, problems, _) = BuildPrompt();

        Assert.DoesNotContain("private-notes", prompt, StringComparison.Ordinal);
        Assert.Equal([("IDENTITY.md", WorkspaceFileStatus.Symlink)], problems.Select(p => (p.RelativePath, p.Status)));
    }

    [Fact]
    public async Task AFifoDoesNotBlockThePromptAndIsReported()
    {
        // `test -p` fails the exec (and so the test) unless a FIFO was made.
        await ExecAsync("mkfifo AGENTS.md && echo soul > SOUL.md && test -p AGENTS.md");

        var clock = Stopwatch.StartNew();
        // A reader that opened the FIFO would wait for a writer forever; the test fails after 10 s instead of hanging.
        var (prompt, problems, warnings) = await Task.Run(BuildPrompt, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"building took {clock.Elapsed}");
        Assert.Contains("## SOUL.md\nsoul", prompt, StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("AGENTS.md", WorkspaceFileStatus.NotRegularFile), (problem.RelativePath, problem.Status));
        Assert.Contains("FIFO", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(warnings, w => w.Contains("AGENTS.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AllAtOnceTheLaneStillGetsAPromptWithNoOutsideContent()
    {
        var climb = Path.GetRelativePath(_workspace, SecretPath);
        await ExecAsync($"ln -s '{_outside}' d && ln -s d/bot_token SOUL.md && mkfifo AGENTS.md && ln -s /etc/passwd USER.md && " +
            $"ln -s '{climb}' TOOLS.md && echo me > IDENTITY.md");

        var (prompt, problems, warnings) = await Task.Run(BuildPrompt, TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", prompt, StringComparison.Ordinal);
        Assert.Contains("## IDENTITY.md\nme", prompt, StringComparison.Ordinal);
        Assert.Equal(["AGENTS.md", "SOUL.md", "USER.md", "TOOLS.md"], problems.Select(p => p.RelativePath));
        Assert.Equal(["AGENTS.md", "SOUL.md", "USER.md", "TOOLS.md"],
            warnings.Select(w => WorkspacePrompt.FileNames.First(n => w.Contains("file " + n + " left out", StringComparison.Ordinal))));
    }

    private async Task ExecAsync(string command)
    {
        var agent = new AgentInfo("coder", "Coder", "coder", "fake-1", ["exec"], null, 5,
            new SandboxInfo(_backend, false, 256, 64, TimeSpan.FromSeconds(30), Image), "default", TimeSpan.FromMinutes(15), 20);
        var exec = AgentTools.Create(agent, new AgentToolEnvironment { WorkspaceDirectory = _workspace, Sandbox = await SandboxAsync() })
            .Single(t => t.Name == "exec");

        var result = await exec.InvokeAsync(new AIFunctionArguments { ["command"] = command }, TestContext.Current.CancellationToken);

        var json = JsonSerializer.SerializeToElement(result);
        var exitCode = json.EnumerateObject().Single(p => p.Name.Equals(nameof(ExecToolResult.ExitCode), StringComparison.OrdinalIgnoreCase));
        Assert.True(exitCode.Value.GetInt32() == 0, $"exec '{command}' failed: {json}");
    }

    private async Task<ISandbox> SandboxAsync()
    {
        ISandbox sandbox = _backend == "podman"
            ? new PodmanSandbox(new PodmanSandboxOptions { RunAsUser = RunAsUser })
            : new BubblewrapSandbox(new BubblewrapSandboxOptions { RootFilesystem = RootFilesystem, RunAsUser = RunAsUser });
        var capabilities = await sandbox.GetCapabilitiesAsync(TestContext.Current.CancellationToken);
        Assert.True(capabilities.IsAvailable, $"{_backend} is missing or not set up ({capabilities.Detail}); run scripts/setup.");
        return sandbox;
    }

    // The real prompt path: the cache (which logs each refusal) over WorkspacePrompt.Build and WorkspaceFileReader.
    private (string Prompt, List<WorkspaceFileRead> Problems, IReadOnlyList<string> Warnings) BuildPrompt()
    {
        var agent = new ResolvedAgent("coder", "Coder", "fake-1", 4, _workspace, null);
        var logger = new ListLogger();
        var cached = new WorkspacePromptCache(logger).Get(agent, "coder");
        var problems = new List<WorkspaceFileRead>();
        var built = WorkspacePrompt.Build(agent, "coder", problems: problems.Add);
        Assert.Equal(built, cached);
        return (built, problems, logger.Lines);
    }

    // A workspace the sandbox user owns, below its home (the test's own temp folder may be closed to it).
    private static string CreateWorkspace()
    {
        var home = RunAsUser is null ? Path.GetTempPath() : $"/home/{SandboxUser}";
        Assert.True(Directory.Exists(home), $"The sandbox test user's home {home} is missing; run scripts/setup.");
        var dir = Path.Combine(home, "nixclaw-test-workspaces", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dir);
        if (RunAsUser is { } user)
        {
            using var chown = Process.Start("chown", [user + ":", Path.GetDirectoryName(dir)!, dir]);
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }

        return dir;
    }

    public void Dispose()
    {
        Directory.Delete(_workspace, recursive: true);
        Directory.Delete(_outside, recursive: true);
        GC.SuppressFinalize(this);
    }
}
