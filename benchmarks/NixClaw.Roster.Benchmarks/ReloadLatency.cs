using System.Diagnostics;
using NixClaw.Runtime.Roster;

namespace NixClaw.Roster.Benchmarks;

/// <summary>Runs the edits one after another against a real <see cref="RosterWatcher"/> and times each.</summary>
internal static class ReloadLatency
{
    public static async Task<(double[] Total, double[] Edit)> MeasureAsync(LatencyOptions options)
    {
        string directory = Path.Combine(Path.GetTempPath(), "nixclaw-roster-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var rosterOptions = new RosterOptions { ConfigDirectory = directory, Debounce = options.Debounce };
            var files = new RosterFiles(rosterOptions, []);
            for (int a = 0; a < options.Agents; a++)
            {
                files.SetAgent($"agent{a}", name: $"Agent {a}", workspace: $"~/workspaces/agent{a}");
            }

            await using var watcher = new RosterWatcher(rosterOptions, [], logger: null, TimeProvider.System);
            var applied = new SemaphoreSlim(0);
            watcher.Reloaded += (_, reload) =>
            {
                if (reload.Outcome == RosterReloadOutcome.Applied)
                {
                    applied.Release();
                }
            };

            // Let the events of the set-up writes drain before measuring.
            await Task.Delay(options.Debounce * 4);
            while (applied.CurrentCount > 0)
            {
                await applied.WaitAsync();
            }

            var samples = new double[options.Edits];
            var edits = new double[options.Edits];
            for (int i = 0; i < options.Edits; i++)
            {
                string channel = $"bench{i}";
                string agent = $"agent{i % options.Agents}";
                long start = Stopwatch.GetTimestamp();
                files.AddMattermostBinding(agent, channel);
                edits[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                while (watcher.Current.RouteMattermost(channel, null)?.Id != agent)
                {
                    if (!await applied.WaitAsync(TimeSpan.FromSeconds(10)))
                    {
                        throw new TimeoutException($"edit {i} was not applied within 10 s");
                    }
                }

                samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            return (samples, edits);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
