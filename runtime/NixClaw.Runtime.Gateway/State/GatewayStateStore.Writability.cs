using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// A full disk (or a failing one) is a state, not a crash: the first write that fails with <c>SQLITE_FULL</c> or
/// <c>SQLITE_IOERR</c> marks the store unwritable; writes made through <see cref="WriteAsync{T}"/> then wait, a probe
/// write is retried every <see cref="WriteRetryInterval"/>, and when it succeeds the waiting writes run in order and
/// pending cursor advances are flushed. Nothing is dropped: a claim that failed was not made (the post is claimed
/// when the store comes back), and an answer that could not be recorded is recorded then (the reply itself was
/// posted once).
/// </summary>
public sealed partial class GatewayStateStore
{
    private const int SqliteIoErr = 10;
    private const int SqliteFull = 13;
    private readonly Lock _writabilityLock = new();
    private TaskCompletionSource _writable = Completed();
    private StoreWriteFailure? _writeFailure;
    private ITimer? _probeTimer;

    /// <summary>How often a store that could not write tries again (set before the first failure).</summary>
    public TimeSpan WriteRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the last write succeeded (false while the disk is full).</summary>
    public bool IsWritable => Volatile.Read(ref _writeFailure) is null;

    /// <summary>Why and since when the store cannot write; null while it can.</summary>
    public StoreWriteFailure? WriteFailure => Volatile.Read(ref _writeFailure);

    /// <summary>Raised (on a worker thread) when the store stops or starts being writable; keep handlers short.</summary>
    public event Action<StoreWriteFailure?>? WritabilityChanged;

    /// <summary>Completes when the store is writable (at once while it is).</summary>
    public Task WhenWritableAsync(CancellationToken cancellationToken)
    {
        Task writable;
        lock (_writabilityLock)
        {
            writable = _writable.Task;
        }

        return writable.WaitAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> on the store's thread; while the disk is full, waits and tries again.</summary>
    public async Task<T> WriteAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        while (true)
        {
            await WhenWritableAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await _writer.RunAsync(work).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (IsStorageFailure(ex))
            {
                MarkUnwritable(ex);
            }
        }
    }

    /// <summary><see cref="WriteAsync{T}"/> for work without a result.</summary>
    public Task WriteAsync(Action work, CancellationToken cancellationToken) => WriteAsync(() =>
    {
        work();
        return true;
    }, cancellationToken);

    /// <summary>A full or failing disk, as opposed to a constraint, a busy database or a bug.</summary>
    internal static bool IsStorageFailure(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteFull or SqliteIoErr };

    private void MarkUnwritable(SqliteException exception)
    {
        var failure = new StoreWriteFailure(_time.GetUtcNow(), $"{exception.SqliteErrorCode switch { SqliteFull => "disk full", _ => "I/O error" }}: {exception.Message}");
        lock (_writabilityLock)
        {
            if (_writeFailure is not null)
            {
                return;
            }

            Volatile.Write(ref _writeFailure, failure);
            _writable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _probeTimer ??= _time.CreateTimer(_ => _writer.TryPost(Probe), null, WriteRetryInterval, WriteRetryInterval);
        }

        WritabilityChanged?.Invoke(failure);
    }

    // On the writer's thread: one small real write (the header's user_version, rewritten with the same value).
    private void Probe()
    {
        if (IsWritable)
        {
            return;
        }

        try
        {
            lock (_lock)
            {
                if (!_write.IsOpen)
                {
                    return;
                }

                using var transaction = _write.Begin();
                _write[$"PRAGMA user_version = {SchemaVersion}"].ExecuteNonQuery();
                transaction.Commit();
            }
        }
        catch (SqliteException ex) when (IsStorageFailure(ex))
        {
            return;
        }

        TaskCompletionSource writable;
        lock (_writabilityLock)
        {
            Volatile.Write(ref _writeFailure, null);
            writable = _writable;
            _probeTimer?.Dispose();
            _probeTimer = null;
        }

        QueueCursorFlush();
        writable.TrySetResult();
        WritabilityChanged?.Invoke(null);
    }

    // Dispose: no more probes; writes still waiting for space fail instead of waiting forever.
    private void StopProbing()
    {
        lock (_writabilityLock)
        {
            _probeTimer?.Dispose();
            _probeTimer = null;
            _writable.TrySetException(new ObjectDisposedException(nameof(GatewayStateStore)));
        }
    }

    private static TaskCompletionSource Completed()
    {
        var completed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        completed.SetResult();
        return completed;
    }
}
