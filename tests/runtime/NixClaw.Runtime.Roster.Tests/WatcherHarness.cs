using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>
/// A <see cref="RosterWatcher"/> on a temp directory with a fake clock. The real FileSystemWatcher reports changes;
/// the test decides when the debounce elapses, so no timing logic depends on sleeps.
/// </summary>
internal sealed class WatcherHarness : IAsyncDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly ConcurrentQueue<RosterReload> _reloads = new();

    public WatcherHarness(TempConfigDirectory directory, params AgentInfo[] declared)
    {
        Directory = directory;
        Watcher = new RosterWatcher(directory.Options(Debounce), declared, Log, Time);
        Watcher.ChangeDetected += (_, file) => _changes.Writer.TryWrite(file);
        Watcher.Reloaded += (_, reload) => _reloads.Enqueue(reload);
    }

    public TempConfigDirectory Directory { get; }

    public FakeTimeProvider Time { get; } = new();

    public CapturingLogger<RosterWatcher> Log { get; } = new();

    public RosterWatcher Watcher { get; }

    /// <summary>What the gateway does for each message: read the current roster and route.</summary>
    public string? Route(string channelId, string? channelName = null) =>
        ((IRosterSource)Watcher).Current.RouteMattermost(channelId, channelName)?.Id;

    /// <summary>Waits for the watcher to see a change (real file events, generous timeout).</summary>
    public async Task<string> NextChangeAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        return await _changes.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>After each change the watcher sees, lets the debounce elapse, until a reload satisfies <paramref name="until"/>.</summary>
    public async Task<RosterReload> SettleAsync(Func<RosterReload, bool> until)
    {
        while (true)
        {
            _ = await NextChangeAsync();
            Time.Advance(Debounce);
            while (_reloads.TryDequeue(out var reload))
            {
                if (until(reload))
                {
                    return reload;
                }
            }
        }
    }

    public Task<RosterReload> SettleAsync(RosterReloadOutcome outcome) => SettleAsync(r => r.Outcome == outcome);

    public bool HasPendingReloads => !_reloads.IsEmpty;

    public ValueTask DisposeAsync() => Watcher.DisposeAsync();
}
