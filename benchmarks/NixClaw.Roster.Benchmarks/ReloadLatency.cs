using System.Diagnostics;
using System.Text;
using NixClaw.Runtime.Roster;

namespace NixClaw.Roster.Benchmarks;

/// <summary>Runs the edits one after another against a real <see cref="RosterWatcher"/> and times each.</summary>
internal static class ReloadLatency
{
    /// <summary>
    /// Rename: from the rename of a complete, already flushed bindings.json5 over the old one until the route is used.
    /// Edit: from the start of <see cref="RosterFiles.AddMattermostBinding"/> (read, patch, validate, write, fsync,
    /// rename, fsync of the directory) until the route is used: what an operator waits for after `agent new`.
    /// </summary>
    public static async Task<(double[] Rename, double[] Edit)> MeasureAsync(LatencyOptions options)
    {
        var directory = Path.Combine(Path.GetTempPath(), "nixclaw-roster-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var rosterOptions = new RosterOptions { ConfigDirectory = directory, Debounce = options.Debounce };
            var files = new RosterFiles(rosterOptions, []);
            for (var a = 0; a < options.Agents; a++)
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
            await Task.Delay(options.Debounce * 4 + TimeSpan.FromMilliseconds(100));

            // Rename mode: whole files prepared and flushed beforehand; only the rename is inside the timing.
            var bindings = new StringBuilder();
            var rename = new double[options.Edits];
            for (var i = 0; i < options.Edits; i++)
            {
                string channel = $"renamed{i}", agent = $"agent{i % options.Agents}";
                bindings.Append($"  {{ agentId: \"{agent}\", match: {{ channel: \"mattermost\", peer: {{ kind: \"channel\", id: \"{channel}\" }} }} }},\n");
                var temp = Path.Combine(directory, ".bindings.json5.bench.tmp");
                using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(Encoding.UTF8.GetBytes("[\n" + bindings + "]\n"));
                    stream.Flush(flushToDisk: true);
                }

                var start = Stopwatch.GetTimestamp();
                File.Move(temp, rosterOptions.BindingsPath, overwrite: true);
                await WaitForRouteAsync(watcher, applied, channel, agent, i);
                rename[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            // Edit mode: the `agent new` path, file I/O and fsyncs included.
            var edit = new double[options.Edits];
            for (var i = 0; i < options.Edits; i++)
            {
                string channel = $"edited{i}", agent = $"agent{i % options.Agents}";
                var start = Stopwatch.GetTimestamp();
                files.AddMattermostBinding(agent, channel);
                await WaitForRouteAsync(watcher, applied, channel, agent, i);
                edit[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            return (rename, edit);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // Checks the route the way the gateway does (Current per message) after each applied reload.
    private static async Task WaitForRouteAsync(RosterWatcher watcher, SemaphoreSlim applied, string channel, string agent, int edit)
    {
        while (watcher.Current.RouteMattermost(channel, null)?.Id != agent)
        {
            if (!await applied.WaitAsync(TimeSpan.FromSeconds(10)))
            {
                throw new TimeoutException($"edit {edit} was not applied within 10 s");
            }
        }
    }
}
