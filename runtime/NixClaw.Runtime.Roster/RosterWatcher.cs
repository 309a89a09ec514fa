using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster;

/// <summary>
/// Keeps <see cref="Current"/> in step with the roster files. A <see cref="FileSystemWatcher"/> on the config
/// directory (not on the files, so editors' rename-over and delete+create are seen) arms a debounce timer; when the
/// files have been quiet for <see cref="RosterOptions.Debounce"/> both are read and validated. A valid roster replaces
/// the snapshot in one reference swap; an invalid one is logged with file, line and column and the last good roster
/// stays in force until a later change fixes it.
/// </summary>
/// <remarks>
/// If the files are invalid at start the watcher runs with the declared agents only (and says so) instead of
/// refusing to start: a typo in a runtime file should not take the declared agents offline.
/// </remarks>
public sealed partial class RosterWatcher : IRosterSource, IAsyncDisposable
{
    private readonly RosterOptions _options;
    private readonly IReadOnlyList<AgentInfo> _declared;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly FileSystemWatcher _watcher;
    private readonly ITimer _debounce;
    private readonly Lock _reloadLock = new();
    private readonly Lock _pendingLock = new();
    private readonly SortedSet<string> _pendingFiles = new(StringComparer.Ordinal);
    private Roster _current;
    private IReadOnlyList<RosterError> _errors = [];
    private long _firstPendingAt;
    private bool _disposed;

    /// <summary>Loads the roster and starts watching the config directory (created if missing).</summary>
    public RosterWatcher(RosterOptions options, IReadOnlyList<AgentInfo> declared, ILogger<RosterWatcher>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(declared);
        _options = options;
        _declared = declared;
        _logger = logger ?? NullLogger<RosterWatcher>.Instance;
        _time = timeProvider ?? TimeProvider.System;

        Directory.CreateDirectory(options.ConfigDirectory);
        _debounce = _time.CreateTimer(_ => ReloadAfterChange(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        // Watch before the first read, so a change landing in between is not lost.
        _watcher = new FileSystemWatcher(options.ConfigDirectory)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => OnFileEvent(e.Name);
        _watcher.Changed += (_, e) => OnFileEvent(e.Name);
        _watcher.Deleted += (_, e) => OnFileEvent(e.Name);
        _watcher.Renamed += (_, e) =>
        {
            OnFileEvent(e.Name);
            OnFileEvent(e.OldName);
        };
        _watcher.Error += (_, e) =>
        {
            // An overflow means events were lost: re-read both files to be sure.
            LogWatcherError(e.GetException().Message);
            OnFileEvent(RosterFileNames.Agents);
        };
        _watcher.EnableRaisingEvents = true;

        // Under the reload lock: a change seen by now may already have fired the (real-time) debounce timer.
        lock (_reloadLock)
        {
            var result = RosterLoader.Load(options, declared);
            if (result.Roster is { } roster)
            {
                _current = roster;
                LogLoaded(roster.Agents.Count, roster.Bindings.Count);
            }
            else
            {
                _current = RosterLoader.Parse(options, declared, null, null).Roster!;
                _errors = result.Errors;
                LogInvalidAtStart(Describe(result.Errors));
            }

            LogWarnings(result.Warnings);
        }
    }

    /// <inheritdoc />
    public Roster Current => Volatile.Read(ref _current);

    /// <summary>The errors of the files on disk as of the latest reload; empty when they are valid.</summary>
    public IReadOnlyList<RosterError> CurrentErrors => Volatile.Read(ref _errors);

    /// <summary>Raised after every reload, applied, unchanged or rejected (inside the reload lock: do not block).</summary>
    public event EventHandler<RosterReload>? Reloaded;

    /// <summary>Raised when a roster file changed and the debounce timer was (re)armed; carries the file name.</summary>
    public event EventHandler<string>? ChangeDetected;

    /// <summary>Reads the files now, without waiting for a change or the debounce.</summary>
    public Task<RosterReload> ReloadNowAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => Reload("manual"), cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        _debounce.Dispose();

        // Wait for a reload in flight to finish before callers tear down what it reads.
        lock (_reloadLock)
        {
            _disposed = true;
        }

        return ValueTask.CompletedTask;
    }

    private void OnFileEvent(string? name)
    {
        if (name is not (RosterFileNames.Agents or RosterFileNames.Bindings or RosterFileNames.DeclaredAgents) || Volatile.Read(ref _disposed))
        {
            return;
        }

        // Each change restarts the quiet period, but never beyond MaxDelay after the first unread change.
        TimeSpan due;
        lock (_pendingLock)
        {
            var now = _time.GetTimestamp();
            if (_pendingFiles.Count == 0)
            {
                _firstPendingAt = now;
            }

            _pendingFiles.Add(name);
            var left = _options.MaxDelay - _time.GetElapsedTime(_firstPendingAt, now);
            due = left < _options.Debounce ? (left > TimeSpan.Zero ? left : TimeSpan.Zero) : _options.Debounce;
        }

        try
        {
            _debounce.Change(due, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        ChangeDetected?.Invoke(this, name);
    }

    private void ReloadAfterChange()
    {
        string files;
        lock (_pendingLock)
        {
            files = string.Join(", ", _pendingFiles);
            _pendingFiles.Clear();
        }

        LogChangeDetected(files);
        try
        {
            _ = Reload(files);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the timer fired: nothing to update any more.
        }
        catch (Exception e)
        {
            // A timer thread must not crash the gateway; the next change retries.
            LogReloadFailed(e);
        }
    }

    private RosterReload Reload(string files)
    {
        lock (_reloadLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = RosterLoader.Load(_options, _declared);
            RosterReload reload;
            if (result.Roster is not { } roster)
            {
                Volatile.Write(ref _errors, result.Errors);
                LogReloadSkipped(Describe(result.Errors));
                reload = new RosterReload(RosterReloadOutcome.Rejected, Current, result.Errors, result.Warnings);
            }
            else
            {
                var wasInvalid = _errors.Count > 0;
                Volatile.Write(ref _errors, []);
                if (roster.ContentEquals(Current))
                {
                    // After a rejected edit, say that the files are good again even if the roster did not change.
                    if (wasInvalid)
                    {
                        LogValidAgain(files);
                    }
                    else
                    {
                        LogReloadUnchanged(files);
                    }

                    reload = new RosterReload(RosterReloadOutcome.Unchanged, Current, [], result.Warnings);
                }
                else
                {
                    // The single reference swap: the next Current read sees the whole new roster or none of it.
                    Volatile.Write(ref _current, roster);
                    LogReloadApplied(files, roster.Agents.Count, roster.Bindings.Count);
                    LogWarnings(result.Warnings);
                    reload = new RosterReload(RosterReloadOutcome.Applied, roster, [], result.Warnings);
                }
            }

            Reloaded?.Invoke(this, reload);
            return reload;
        }
    }

    private void LogWarnings(IReadOnlyList<RosterError> warnings)
    {
        foreach (var warning in warnings)
        {
            LogRosterWarning(warning.ToString());
        }
    }

    private static string Describe(IReadOnlyList<RosterError> errors) => string.Join("; ", errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "[roster] loaded: {AgentCount} agents, {BindingCount} bindings")]
    private partial void LogLoaded(int agentCount, int bindingCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "[roster] invalid at start; running with the declared agents only until it is fixed: {Errors}")]
    private partial void LogInvalidAtStart(string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "[roster] change detected; evaluating reload ({Files})")]
    private partial void LogChangeDetected(string files);

    [LoggerMessage(Level = LogLevel.Information, Message = "[roster] reload applied ({Files}): {AgentCount} agents, {BindingCount} bindings")]
    private partial void LogReloadApplied(string files, int agentCount, int bindingCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "[roster] reload found no change ({Files})")]
    private partial void LogReloadUnchanged(string files);

    [LoggerMessage(Level = LogLevel.Information, Message = "[roster] files valid again ({Files}); the roster in force is unchanged")]
    private partial void LogValidAgain(string files);

    [LoggerMessage(Level = LogLevel.Error, Message = "[roster] reload skipped (invalid roster), keeping the last good one: {Errors}")]
    private partial void LogReloadSkipped(string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "[roster] reload failed; keeping the last good roster")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[roster] {Warning}")]
    private partial void LogRosterWarning(string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "[roster] file watcher error, re-reading the roster: {Reason}")]
    private partial void LogWatcherError(string reason);
}
