using System.Globalization;
using NixClaw.Roster.Benchmarks;

// Measures what an operator waits for after `agent new`: from the start of the roster edit (RosterFiles, which
// replaces bindings.json5 by atomic rename) until RouteMattermost sends the new channel to the new agent.
// Usage: dotnet run -c Release --project benchmarks/NixClaw.Roster.Benchmarks -- [--edits 200] [--agents 20] [--debounce-ms 25]
var options = LatencyOptions.Parse(args);
var (samples, edits) = await ReloadLatency.MeasureAsync(options);
Array.Sort(samples);
Array.Sort(edits);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"edits={samples.Length} agents={options.Agents} debounce={options.Debounce.TotalMilliseconds}ms  " +
    $"min={samples[0]:F1}ms p50={Percentile(samples, 0.50):F1}ms p95={Percentile(samples, 0.95):F1}ms " +
    $"p99={Percentile(samples, 0.99):F1}ms max={samples[^1]:F1}ms mean={samples.Average():F1}ms  " +
    $"(of which the edit itself: p50={Percentile(edits, 0.50):F1}ms p95={Percentile(edits, 0.95):F1}ms)"));
return Percentile(samples, 0.95) < 100 ? 0 : 1;

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
