using System.Globalization;
using NixClaw.Roster.Benchmarks;

// Hot-reload latency with the real FileSystemWatcher and real time: from a roster file write (atomic rename) until
// RouteMattermost sends the new channel to its agent; then the same for the full `agent new` edit (RosterFiles).
// Usage: dotnet run -c Release --project benchmarks/NixClaw.Roster.Benchmarks -- [--edits 200] [--agents 20] [--debounce-ms 25]
// Exits with 1 when the rename p95 is 100 ms or more.
var options = LatencyOptions.Parse(args);
var (rename, edit) = await ReloadLatency.MeasureAsync(options);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edits={options.Edits} agents={options.Agents} debounce={options.Debounce.TotalMilliseconds}ms"));
Console.WriteLine(Summary("rename → route", rename));
Console.WriteLine(Summary("agent-new edit → route", edit));
return Percentile(rename, 0.95) < 100 ? 0 : 1;

static string Summary(string name, double[] samples)
{
    var sorted = samples.Order().ToArray();
    return string.Create(CultureInfo.InvariantCulture,
        $"{name,-24} min={sorted[0]:F1}ms p50={Percentile(sorted, 0.50):F1}ms p95={Percentile(sorted, 0.95):F1}ms " +
        $"p99={Percentile(sorted, 0.99):F1}ms max={sorted[^1]:F1}ms mean={sorted.Average():F1}ms");
}

static double Percentile(double[] samples, double p)
{
    var sorted = samples.Order().ToArray();
    return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
