using System.Collections.Concurrent;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Syncs many workspaces: on demand (all, or one agent) and periodically inside the gateway, each workspace on its
/// own interval. One workspace is never synced twice at the same time; the shared files are read once per pass
/// and refreshed in every workspace synced. A workspace that fails (whatever its agent planted) is reported in its
/// result and the pass goes on with the others.
/// </summary>
public sealed class SyncService
{
    private readonly WorkspaceSync _sync;
    private readonly WorkspaceLayout _layout;
    private readonly Func<IReadOnlyList<SyncTarget>> _targets;
    private readonly SyncServiceOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRun = new(StringComparer.Ordinal);

    /// <param name="sync">Syncs one workspace.</param>
    /// <param name="layout">Where the shared files are.</param>
    /// <param name="targets">The current workspaces, asked again for every pass (the roster changes at run time).</param>
    /// <param name="options">Parallelism and tick.</param>
    /// <param name="time">Clock of the periodic loop.</param>
    public SyncService(WorkspaceSync sync, WorkspaceLayout layout, Func<IReadOnlyList<SyncTarget>> targets, SyncServiceOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(sync);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(targets);
        _sync = sync;
        _layout = layout;
        _targets = targets;
        _options = options ?? new SyncServiceOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Syncs every workspace now.</summary>
    public Task<IReadOnlyList<WorkspaceSyncResult>> SyncAllAsync(IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default) =>
        SyncTargetsAsync(_targets(), progress, cancellationToken);

    /// <summary>Syncs one agent's workspace now.</summary>
    public async Task<WorkspaceSyncResult> SyncOneAsync(string agentId, CancellationToken cancellationToken = default)
    {
        var target = _targets().FirstOrDefault(t => t.AgentId == agentId)
            ?? throw new ArgumentException($"No agent '{agentId}' has a workspace to sync.", nameof(agentId));
        return (await SyncTargetsAsync([target], null, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// The gateway's loop: a pass at start, then every <see cref="SyncServiceOptions.TickInterval"/> a pass over the
    /// workspaces whose own interval has elapsed. Returns when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task RunAsync(IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var timer = new PeriodicTimer(_options.TickInterval, _time);
        try
        {
            do
            {
                await RunDueAsync(progress, cancellationToken).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: not an error.
        }
    }

    /// <summary>One tick of <see cref="RunAsync"/>: syncs the workspaces that are due.</summary>
    public Task<IReadOnlyList<WorkspaceSyncResult>> RunDueAsync(IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = _targets().Where(t => !_lastRun.TryGetValue(t.AgentId, out var last) || now - last >= t.Interval).ToList();
        return SyncTargetsAsync(due, progress, cancellationToken);
    }

    private async Task<IReadOnlyList<WorkspaceSyncResult>> SyncTargetsAsync(IReadOnlyList<SyncTarget> targets, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        var shared = SharedFiles.Load(_layout); // operator files, outside every workspace
        var results = new WorkspaceSyncResult[targets.Count];
        var completed = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (index, ct) =>
        {
            var target = targets[index];
            progress?.Report(new SyncProgress(target.AgentId, Volatile.Read(ref completed), targets.Count, null));
            var gate = _locks.GetOrAdd(Path.GetFullPath(target.Workspace), _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                _lastRun[target.AgentId] = _time.GetUtcNow();
                results[index] = await _sync.SyncAsync(target.AgentId, shared, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // WorkspaceSync reports its own failures; this is the backstop that keeps one workspace from ending the pass.
                results[index] = new WorkspaceSyncResult(target.AgentId, target.Workspace, SyncOutcome.Failed, [], 0, 0, [], $"{e.GetType().Name}: {e.Message}", TimeSpan.Zero);
            }
            finally
            {
                gate.Release();
            }

            progress?.Report(new SyncProgress(target.AgentId, Interlocked.Increment(ref completed), targets.Count, results[index]));
        }).ConfigureAwait(false);
        return results;
    }
}
