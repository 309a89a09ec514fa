using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace NixClaw.GatewayBenchmarks;

/// <summary>
/// The measured gateway: <c>&lt;program&gt; gateway --secrets-dir … --state-dir … --config-dir … --status-port …</c>, as
/// the generated systemd unit starts it, with a home folder, generated config files and every location of its own. Ready is what
/// systemd sees: the gateway's <c>READY=1</c> on <c>$NOTIFY_SOCKET</c>, which it sends once Mattermost is connected.
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Socket _notify;
    private readonly Queue<string> _lastLines = new();

    private GatewayProcess(Process process, Socket notify, Uri statusUrl, string root)
    {
        _process = process;
        _notify = notify;
        StatusUrl = statusUrl;
        Root = root;
    }

    public Uri StatusUrl { get; }

    public string Root { get; }

    public int Id => _process.Id;

    /// <summary>From just before the process was started to its <c>READY=1</c>.</summary>
    public TimeSpan StartToReady { get; private set; }

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the gateway and waits for it to be ready; the Mattermost token is written to its secrets folder.</summary>
    public static async Task<GatewayProcess> StartAsync(string program, string configFolder, string root, string mattermostToken)
    {
        // As the generated Home Manager activation installs them: openclaw.json and the declared roster, plus the
        // initial runtime roster files.
        var config = Directory.CreateDirectory(Path.Combine(root, "config")).FullName;
        foreach (var file in Directory.GetFiles(configFolder))
        {
            File.Copy(file, Path.Combine(config, Path.GetFileName(file)));
        }

        var secrets = Directory.CreateDirectory(Path.Combine(root, "secrets", "mattermost")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(secrets, "mattermost", "bot_token"), mattermostToken + "\n");
        var home = Directory.CreateDirectory(Path.Combine(root, "home")).FullName;
        var notifyPath = Path.Combine(root, "notify.sock");
        var notify = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        notify.Bind(new UnixDomainSocketEndPoint(notifyPath));
        var port = FreePort();

        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["gateway", "--secrets-dir", secrets, "--state-dir", Path.Combine(root, "state"), "--config-dir", config,
            "--status-port", port.ToString(CultureInfo.InvariantCulture)])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("NIXCLAW_", StringComparison.Ordinal) || k == "CREDENTIALS_DIRECTORY" || k.StartsWith("XDG_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["HOME"] = home;
        start.Environment["NOTIFY_SOCKET"] = notifyPath;

        // NIXCLAW_BENCH_GATEWAY_ENV="NAME=value;NAME=value" sets variables for the gateway only (a runtime knob under
        // test must not also change the driver that measures it).
        foreach (var pair in (Environment.GetEnvironmentVariable("NIXCLAW_BENCH_GATEWAY_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 1)
            {
                throw new ArgumentException($"NIXCLAW_BENCH_GATEWAY_ENV: '{pair}' is not NAME=value");
            }

            start.Environment[pair[..equals]] = pair[(equals + 1)..];
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var gateway = new GatewayProcess(process, notify, new Uri($"http://127.0.0.1:{port}/"), root);
        process.OutputDataReceived += (_, e) => gateway.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => gateway.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var buffer = new byte[4096];
        var ready = ReceiveReadyAsync(notify, buffer);
        var first = await Task.WhenAny(ready, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != ready)
        {
            await gateway.DisposeAsync();
            throw new InvalidOperationException((process.HasExited
                ? $"the gateway exited with {process.ExitCode} before it was ready"
                : "the gateway was not ready within 60 s") + ":\n" + string.Join('\n', gateway.LastLines()));
        }

        gateway.StartToReady = clock.Elapsed;
        return gateway;
    }

    /// <summary>The gateway's <c>/status</c>.</summary>
    public async Task<JsonElement> StatusAsync(HttpClient http) =>
        JsonDocument.Parse(await http.GetStringAsync(new Uri(StatusUrl, "status"))).RootElement;

    /// <summary>Resident memory (VmRSS), in MB.</summary>
    public double RssMb()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return double.NaN;
    }

    /// <summary>User and system CPU time used so far.</summary>
    public TimeSpan Cpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>SIGTERM, as systemd stops the unit; returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _notify.Dispose();
    }

    private static async Task ReceiveReadyAsync(Socket notify, byte[] buffer)
    {
        while (true)
        {
            var received = await notify.ReceiveAsync(buffer, SocketFlags.None);
            if (Encoding.UTF8.GetString(buffer, 0, received).Split('\n').Contains("READY=1"))
            {
                return;
            }
        }
    }

    /// <summary>The gateway's last console lines (stdout and stderr), for a run that fails.</summary>
    public IReadOnlyList<string> LastLines()
    {
        lock (_lastLines)
        {
            return [.. _lastLines];
        }
    }

    // Read, as journald reads a unit's output, and only the last lines kept: printing every line would cost the
    // driver, which shares the cores with the gateway, more than the gateway's own logging.
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            if (_lastLines.Count == 40)
            {
                _lastLines.Dequeue();
            }

            _lastLines.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
