using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>
/// One behavioural suite, run against every backend: the command works in its workspace, and each escape
/// attempt (network, writes outside /workspace, host files, privileges, fork bomb, surviving processes,
/// output floods, symlinks planted for the file tools) fails.
/// </summary>
public abstract class SandboxBehaviourTests
{
    protected abstract string Backend { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual Task<ISandbox> SandboxAsync() => TestHost.RequireAsync(Backend);

    [Fact]
    public async Task Command_runs_in_the_workspace_as_the_service_user_and_its_files_stay_theirs()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        File.WriteAllText(ws.File("in.txt"), "from the host");
        TestHost.Run("chown", TestHost.WorkspaceOwner + ":", ws.File("in.txt"));

        var r = await sandbox.RunAsync(TestHost.Request(ws, "pwd; id -u; cat in.txt; echo made > out.txt; echo oops >&2; exit 3"), Ct);

        var uid = TestHost.Run("id", "-u", TestHost.WorkspaceOwner).Trim();
        Assert.Equal(3, r.ExitCode);
        Assert.Equal($"/workspace\n{uid}\nfrom the host", r.StandardOutput.TrimEnd());
        Assert.Equal("oops\n", r.StandardError);
        Assert.False(r.TimedOut);
        Assert.Equal("made\n", File.ReadAllText(ws.File("out.txt")));
        Assert.Equal(uid, TestHost.Run("stat", "-c", "%u", ws.File("out.txt")).Trim());
    }

    [Fact]
    public async Task Network_is_unreachable_when_not_declared()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var r = await sandbox.RunAsync(TestHost.Request(ws,
            $"cat /proc/net/dev | tail -n +3 | cut -d: -f1; if nc -w 2 127.0.0.1 {port} </dev/null; then echo CONNECTED; else echo refused; fi;" +
            " wget -q -T 2 -O- http://1.1.1.1/ && echo FETCHED || echo no-internet"), Ct);

        Assert.Equal("lo", r.StandardOutput.Split('\n')[0].Trim());
        Assert.DoesNotContain("CONNECTED", r.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("FETCHED", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("refused", r.StandardOutput, StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the host listener received a connection from the sandbox");
    }

    [Fact]
    public async Task Writes_outside_the_workspace_fail_or_vanish()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var name = "nixclaw-escape-" + Guid.NewGuid().ToString("N")[..8];

        var r = await sandbox.RunAsync(TestHost.Request(ws,
            $"for d in / /etc /bin /root /home /var; do touch $d/{name} 2>/dev/null && echo WROTE $d; done; echo x > /tmp/{name} && echo tmp-ok"), Ct);

        Assert.DoesNotContain("WROTE", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("tmp-ok", r.StandardOutput, StringComparison.Ordinal);
        foreach (var dir in new[] { "/", "/etc", "/bin", "/root", "/home", "/var", "/tmp", TestHost.RootFilesystem + "/tmp" })
        {
            Assert.False(File.Exists(Path.Combine(dir, name)), $"{dir}/{name} appeared on the host");
        }
    }

    [Fact]
    public async Task A_read_only_path_below_tmp_is_mounted_on_the_sandboxs_own_tmp()
    {
        // A project under /tmp runs its C# tools from there (ToolProgram): its folder must show read-only inside,
        // while the rest of the sandbox's /tmp stays its own, writable and without the host's other files.
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var id = Guid.NewGuid().ToString("N")[..8];
        var program = Directory.CreateDirectory("/tmp/nixclaw-ro-" + id).FullName;
        var neighbour = "/tmp/nixclaw-neighbour-" + id;
        File.SetUnixFileMode(program, (UnixFileMode)0b111_101_101);
        File.WriteAllText(Path.Combine(program, "program.dll"), "program-" + id);
        File.SetUnixFileMode(Path.Combine(program, "program.dll"), (UnixFileMode)0b110_100_100);
        File.WriteAllText(neighbour, "neighbour-" + id);
        File.SetUnixFileMode(neighbour, (UnixFileMode)0b110_100_100);
        try
        {
            var request = TestHost.Request(ws,
                $"cat {program}/program.dll; echo; touch {program}/planted 2>/dev/null && echo WROTE-PROGRAM; cat {neighbour} 2>/dev/null; echo x > /tmp/scratch-{id} && echo tmp-ok") with { ReadOnlyPaths = [program] };

            var r = await sandbox.RunAsync(request, Ct);

            Assert.True(r.ExitCode == 0, r.StandardOutput + r.StandardError);
            Assert.Contains("program-" + id, r.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("WROTE-PROGRAM", r.StandardOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("neighbour-" + id, r.StandardOutput, StringComparison.Ordinal);
            Assert.Contains("tmp-ok", r.StandardOutput, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(program, "planted")));
            Assert.False(File.Exists("/tmp/scratch-" + id), "the sandbox's /tmp/scratch appeared on the host");
        }
        finally
        {
            Directory.Delete(program, recursive: true);
            File.Delete(neighbour);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tmp")]
    [InlineData("/tmp/")]
    [InlineData("/workspace")]
    [InlineData("/workspace/program")]
    [InlineData("/proc/self")]
    [InlineData("/dev/shm")]
    public void A_read_only_path_over_the_sandboxs_own_places_is_refused(string path)
    {
        using var ws = TestHost.CreateWorkspace();
        var request = TestHost.Request(ws, "true") with { ReadOnlyPaths = [path] };

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Contains($"The read-only path '{path}' for agent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_files_are_not_visible()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var secret = "canary-" + Guid.NewGuid().ToString("N");
        var canaries = new[] { "/root/nixclaw-canary", "/etc/nixclaw-canary", "/tmp/nixclaw-canary" }.Select(p => p + "-" + secret[7..15]).ToArray();
        foreach (var path in canaries)
        {
            File.WriteAllText(path, secret);
        }

        try
        {
            var r = await sandbox.RunAsync(TestHost.Request(ws,
                $"cat {string.Join(' ', canaries)} /proc/1/root{canaries[1]} 2>&1; ls /home /root 2>&1; head -c 300 /etc/shadow 2>&1; grep -c . /etc/passwd"), Ct);

            Assert.DoesNotContain(secret, r.StandardOutput + r.StandardError, StringComparison.Ordinal);
            Assert.DoesNotContain(TestHost.User, r.StandardOutput.Replace("/home/" + TestHost.User, "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var path in canaries)
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public async Task Privileges_cannot_be_raised()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();

        var r = await sandbox.RunAsync(TestHost.Request(ws,
            "grep -E '^(CapEff|CapPrm|CapAmb|NoNewPrivs)' /proc/self/status; id -u;" +
            " mount -t tmpfs none /tmp 2>/dev/null && echo MOUNTED;" +
            " cp /bin/busybox ./busybox && chmod 4755 ./busybox && ./busybox id -u;" +
            " chown 0 ./busybox 2>/dev/null && echo CHOWNED; echo 1 > /proc/sys/kernel/sysrq 2>/dev/null && echo SYSCTL; true"), Ct);

        var lines = r.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 6, r.StandardOutput + r.StandardError);
        Assert.Contains("CapEff:\t0000000000000000", lines);
        Assert.Contains("CapPrm:\t0000000000000000", lines);
        Assert.Contains("NoNewPrivs:\t1", lines);
        var uid = TestHost.Run("id", "-u", TestHost.WorkspaceOwner).Trim();
        Assert.Equal(uid, lines[4]);
        Assert.Equal(uid, lines[5]); // the setuid copy still runs as the service user
        Assert.DoesNotContain("MOUNTED", r.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("CHOWNED", r.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("SYSCTL", r.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_limit_bounds_a_fork_bomb()
    {
        var sandbox = await SandboxAsync();
        Assert.NotEqual(LimitEnforcement.None, (await sandbox.GetCapabilitiesAsync(Ct)).Processes);
        using var ws = TestHost.CreateWorkspace();
        var nonce = Random.Shared.Next(100_000, 999_999);

        // 60 sleepers against a limit of 16, then a classic bomb; each runs in a subshell, which dies at its first
        // refused fork (ash exits on "can't fork"), and the process count is taken from /proc with shell builtins.
        var r = await sandbox.RunAsync(TestHost.Request(ws,
            $"(i=0; while [ $i -lt 60 ]; do sleep {nonce} & i=$((i+1)); done) 2>/dev/null; set -- /proc/[0-9]*; echo procs=$#;" +
            " (b() { b | b & }; b) 2>/dev/null; set -- /proc/[0-9]*; echo procs=$#",
            TestHost.Limits(TimeSpan.FromSeconds(10), maxProcesses: 16)), Ct);

        var counts = r.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.StartsWith("procs=", StringComparison.Ordinal))
            .Select(l => int.Parse(l["procs=".Length..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(counts.Count == 2, r.StandardOutput + r.StandardError);
        Assert.InRange(counts[0], 10, 16);
        Assert.InRange(counts[1], 2, 16);
        Assert.False(TestHost.AnyProcessWith($"sleep {nonce}"), "a sleeper outlived the sandbox");
    }

    [Fact]
    public async Task Memory_limit_stops_a_large_allocation()
    {
        var sandbox = await SandboxAsync();
        Assert.NotEqual(LimitEnforcement.None, (await sandbox.GetCapabilitiesAsync(Ct)).Memory);
        using var ws = TestHost.CreateWorkspace();

        // dd allocates its block size at once: 8 MiB fits in 64 MiB, 200 MiB does not.
        var r = await sandbox.RunAsync(TestHost.Request(ws,
            "dd if=/dev/zero of=/dev/null bs=8M count=1 2>/dev/null && echo small-ok; dd if=/dev/zero of=/dev/null bs=200M count=1 2>/dev/null && echo BIG-OK; true",
            TestHost.Limits() with { MemoryMb = 64 }), Ct);

        Assert.Contains("small-ok", r.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("BIG-OK", r.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_kills_the_sandbox_before_it_returns()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var nonce = Random.Shared.Next(100_000, 999_999);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var watcher = new FileSystemWatcher(ws.Path) { EnableRaisingEvents = true };
        var started = new TaskCompletionSource();
        watcher.Created += (_, _) => started.TrySetResult();

        var call = sandbox.RunAsync(TestHost.Request(ws, $"touch started; sleep {nonce}"), cts.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(20), Ct);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.False(TestHost.AnyProcessWith($"sleep {nonce}"), "the command outlived the cancellation");
        watcher.Dispose();
    }

    [Fact]
    public async Task Timeout_kills_the_whole_process_tree()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var nonce = Random.Shared.Next(100_000, 999_999);

        var r = await sandbox.RunAsync(TestHost.Request(ws,
            $"(sleep {nonce}; echo late > late.txt) & sleep {nonce + 1}",
            TestHost.Limits(TimeSpan.FromSeconds(1.5))), Ct);

        Assert.True(r.TimedOut);
        Assert.InRange(r.Duration, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(15));
        Assert.False(TestHost.AnyProcessWith($"sleep {nonce}"), "the background child outlived the timeout");
        Assert.False(TestHost.AnyProcessWith($"sleep {nonce + 1}"), "the command outlived the timeout");
    }

    [Fact]
    public async Task Background_children_die_with_the_command()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var nonce = Random.Shared.Next(100_000, 999_999);

        var r = await sandbox.RunAsync(TestHost.Request(ws, $"sleep {nonce} </dev/null >/dev/null 2>&1 & echo started"), Ct);

        Assert.Equal(0, r.ExitCode);
        Assert.False(r.TimedOut);
        Assert.False(TestHost.AnyProcessWith($"sleep {nonce}"), "a background child outlived the call");
    }

    [Fact]
    public async Task Output_floods_are_capped_with_a_marker()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();

        var r = await sandbox.RunAsync(TestHost.Request(ws,
            "yes out | head -c 2000000; yes err | head -c 300000 >&2; echo done >&2",
            TestHost.Limits(maxOutputBytes: 4096)), Ct);

        Assert.Equal(0, r.ExitCode);
        Assert.True(r.StandardOutputTruncated);
        Assert.True(r.StandardErrorTruncated);
        Assert.StartsWith("out\nout\n", r.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"{SandboxResult.TruncationMarker}: {2000000 - 4096} more bytes dropped", r.StandardOutput, StringComparison.Ordinal);
        Assert.InRange(r.StandardOutput.Length, 4096, 4096 + 200);
        Assert.Contains(SandboxResult.TruncationMarker, r.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task File_tools_refuse_symlinks_the_sandbox_plants()
    {
        var sandbox = await SandboxAsync();
        using var ws = TestHost.CreateWorkspace();
        var outside = Path.Combine(Path.GetDirectoryName(ws.Path)!, "outside-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "host secret");
        try
        {
            var tools = AgentTools.Create(TestHost.Agent(["exec", "read", "write", "list"], Backend), new AgentToolEnvironment { WorkspaceDirectory = ws.Path, Sandbox = sandbox });
            var exec = tools.Single(t => t.Name == "exec");
            var result = await exec.InvokeAsync(new AIFunctionArguments { ["command"] = $"ln -s {outside}/secret.txt leak && ln -s {outside} dir && mkdir -p sub && ln -s /etc sub/etc && ls" }, Ct);
            Assert.Contains("leak", JsonSerializer.Serialize(result), StringComparison.Ordinal);

            var read = tools.Single(t => t.Name == "read");
            var write = tools.Single(t => t.Name == "write");
            foreach (var path in new[] { "leak", "dir/secret.txt", "sub/etc/passwd" })
            {
                var text = await ToolText(read, new() { ["path"] = path });
                Assert.StartsWith("error:", text, StringComparison.Ordinal);
                Assert.DoesNotContain("host secret", text, StringComparison.Ordinal);
            }

            Assert.StartsWith("error:", await ToolText(write, new() { ["path"] = "dir/planted.txt", ["content"] = "x" }), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(outside, "planted.txt")));

            // Writing over the link replaces the link itself; its target is untouched.
            Assert.Equal("wrote leak", await ToolText(write, new() { ["path"] = "leak", ["content"] = "replaced" }));
            Assert.Equal("host secret", File.ReadAllText(Path.Combine(outside, "secret.txt")));
            Assert.Equal("replaced", File.ReadAllText(ws.File("leak")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    internal static async Task<string> ToolText(AIFunction tool, AIFunctionArguments args)
    {
        var result = await tool.InvokeAsync(args, TestContext.Current.CancellationToken);
        return result is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString()! : result?.ToString() ?? "";
    }
}
