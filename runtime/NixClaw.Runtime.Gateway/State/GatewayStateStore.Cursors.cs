using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// Per-channel catch-up cursors (Unix ms of the last post handled): they only move forward. Advances made while
/// posts stream in are kept in memory for <see cref="CursorFlushDelay"/> and written together, one commit for many
/// posts; reads see them at once.
/// </summary>
public sealed partial class GatewayStateStore
{
    private readonly ConcurrentDictionary<string, long> _pendingCursors = new(StringComparer.Ordinal);
    private readonly ITimer _cursorTimer;
    private int _cursorFlushScheduled;

    /// <summary>
    /// How long a cursor advance may wait in memory to be written with others. A crash loses at most this much cursor
    /// progress; the posts it covers are found again by catch-up and recognised as answered.
    /// </summary>
    public static TimeSpan CursorFlushDelay { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Moves a channel's cursor forward within <see cref="CursorFlushDelay"/>, together with other advances; reads
    /// (<see cref="GetCursor"/>, <see cref="AllCursors"/>) see it at once, and <see cref="Dispose"/> writes it.
    /// </summary>
    public void AdvanceCursorSoon(string channelId, long position)
    {
        _pendingCursors.AddOrUpdate(channelId, position, (_, pending) => Math.Max(pending, position));
        if (Interlocked.Exchange(ref _cursorFlushScheduled, 1) == 0)
        {
            _cursorTimer.Change(CursorFlushDelay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>A channel's catch-up cursor (Unix ms), or null when never set.</summary>
    public long? GetCursor(string channelId)
    {
        lock (_lock)
        {
            var read = _write["SELECT position FROM cursors WHERE channel_id = $id"];
            PreparedCommands.Bind(read, "$id", channelId);
            var stored = read.ExecuteScalar() is long value ? value : (long?)null;
            return _pendingCursors.TryGetValue(channelId, out var pending) && (stored is null || pending > stored) ? pending : stored;
        }
    }

    /// <summary>Moves a channel's cursor forward (never back), at once.</summary>
    public void AdvanceCursor(string channelId, long position)
    {
        lock (_lock)
        {
            UpsertCursor(channelId, position);
        }
    }

    /// <summary>All cursors, pending advances included.</summary>
    public IReadOnlyDictionary<string, long> AllCursors()
    {
        lock (_lock)
        {
            var read = _write["SELECT channel_id, position FROM cursors"];
            var cursors = new Dictionary<string, long>(StringComparer.Ordinal);
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                cursors[reader.GetString(0)] = reader.GetInt64(1);
            }

            foreach (var (channelId, pending) in _pendingCursors)
            {
                if (!cursors.TryGetValue(channelId, out var stored) || pending > stored)
                {
                    cursors[channelId] = pending;
                }
            }

            return cursors;
        }
    }

    private void UpsertCursor(string channelId, long position)
    {
        var upsert = _write["INSERT INTO cursors(channel_id, position) VALUES ($id, $pos) ON CONFLICT(channel_id) DO UPDATE SET position = max(position, excluded.position)"];
        PreparedCommands.Bind(upsert, "$id", channelId);
        PreparedCommands.Bind(upsert, "$pos", position);
        upsert.ExecuteNonQuery();
    }

    // Refused only while closing, and Dispose writes what is pending.
    private void QueueCursorFlush() => _writer.TryPost(FlushCursors);

    // On the writer's thread: every pending advance in one transaction.
    private void FlushCursors()
    {
        Volatile.Write(ref _cursorFlushScheduled, 0);
        if (_pendingCursors.IsEmpty)
        {
            return;
        }

        lock (_lock)
        {
            if (!_write.IsOpen)
            {
                return;
            }

            // Taken out of the pending set only once written (and only if not advanced meanwhile), so a read in
            // between still sees the newest position. A full disk keeps them pending; the probe flushes them later.
            var batch = _pendingCursors.ToArray();
            try
            {
                using var transaction = _write.Begin();
                foreach (var (channelId, position) in batch)
                {
                    UpsertCursor(channelId, position);
                }

                transaction.Commit();
            }
            catch (SqliteException ex) when (IsStorageFailure(ex))
            {
                MarkUnwritable(ex);
                return;
            }

            foreach (var entry in batch)
            {
                _pendingCursors.TryRemove(entry);
            }
        }
    }
}
