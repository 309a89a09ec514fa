using System.Diagnostics;
using NixClaw.Runtime.Gateway;

namespace NixClaw.GatewayBenchmarks;

/// <summary>The measured side: runs the real gateway, reports its status URL and start-to-connected time on stdout.</summary>
internal static class GatewayChild
{
    public static async Task<int> RunAsync(string[] args, Stopwatch sinceMain)
    {
        string Arg(string name) => args[Array.IndexOf(args, name) + 1];
        var root = Arg("--root");
        var manifest = new BenchManifest(Arg("--mattermost"), Arg("--token"), Arg("--model"), int.Parse(Arg("--agents"), System.Globalization.CultureInfo.InvariantCulture), Path.Combine(root, "gateway.log"));
        var options = new GatewayOptions
        {
            StateDirectory = Path.Combine(root, "state"),
            ConfigDirectory = Path.Combine(root, "config"),
            HomeDirectory = Path.Combine(root, "home"),
            StatusPort = 0,
            // NIXCLAW_BENCH_TRACE=1 prints the gateway's debug log (start-up stages) on stderr.
            ConsoleLog = Environment.GetEnvironmentVariable("NIXCLAW_BENCH_TRACE") == "1",
            MinimumLogLevel = Environment.GetEnvironmentVariable("NIXCLAW_BENCH_TRACE") == "1" ? Microsoft.Extensions.Logging.LogLevel.Debug : Microsoft.Extensions.Logging.LogLevel.Information,
        };
        var gateway = await GatewayHost.StartAsync(manifest, options, CancellationToken.None);
        while (gateway.Metrics.ConnectionState != "connected")
        {
            await Task.Delay(1);
        }

        var fromMain = sinceMain.Elapsed;
        var fromProcessStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine($"STATUS {gateway.StatusUrl}");
        Console.WriteLine($"CONNECTED {fromMain.TotalMilliseconds:0.0} {fromProcessStart.TotalMilliseconds:0.0}");
        await Console.In.ReadLineAsync();
        return await gateway.StopAsync();
    }
}
