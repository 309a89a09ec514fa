using System.Diagnostics;
using System.Globalization;

namespace NixClaw.Sandbox.Benchmarks;

/// <summary>
/// The same variants as <see cref="SandboxBenchmarks"/>, interleaved call by call (round-robin, N rounds), so a
/// shared machine's changing load hits every variant alike; prints median, p10 and p90 in milliseconds.
/// BenchmarkDotNet runs the variants one after another, which on a busy 2-core host mixes load drift into the ratios.
/// </summary>
internal static class PairedRun
{
    public static void Run(int rounds)
    {
        var bench = new SandboxBenchmarks();
        bench.Setup();
        try
        {
            var variants = new (string Name, Action Call)[]
            {
                ("BarePodmanRun", bench.BarePodmanRun),
                ("PodmanSandbox_Run", () => bench.PodmanSandbox_Run()),
                ("BarePodmanExec", bench.BarePodmanExec),
                ("PodmanSandbox_ReusedContainer", () => bench.PodmanSandbox_ReusedContainer()),
                ("BareBwrap", bench.BareBwrap),
                ("BubblewrapSandbox_Run", () => bench.BubblewrapSandbox_Run()),
            };
            var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
            for (var round = -3; round < rounds; round++)
            {
                foreach (var (name, call) in variants)
                {
                    var clock = Stopwatch.StartNew();
                    call();
                    if (round >= 0)
                    {
                        times[name].Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
            }

            Console.WriteLine($"{"variant",-32}{"median ms",12}{"p10",10}{"p90",10}   ({rounds} interleaved rounds, 3 warm-up)");
            foreach (var (name, list) in times)
            {
                list.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-32}{Pick(list, 0.5),12:0.0}{Pick(list, 0.1),10:0.0}{Pick(list, 0.9),10:0.0}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"podman sandbox / bare run: {Pick(times["PodmanSandbox_Run"], 0.5) / Pick(times["BarePodmanRun"], 0.5):0.000}; " +
                $"exec / run: {Pick(times["BarePodmanExec"], 0.5) / Pick(times["BarePodmanRun"], 0.5):0.000}; " +
                $"reused-container sandbox / bare run: {Pick(times["PodmanSandbox_ReusedContainer"], 0.5) / Pick(times["BarePodmanRun"], 0.5):0.000}; " +
                $"bwrap sandbox / bare bwrap: {Pick(times["BubblewrapSandbox_Run"], 0.5) / Pick(times["BareBwrap"], 0.5):0.000}"));
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static double Pick(List<double> sorted, double q) => sorted[(int)Math.Round(q * (sorted.Count - 1))];
}
