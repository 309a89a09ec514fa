using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// The gateway's durable state in one SQLite file (WAL): which posts were claimed and answered, per-channel
/// catch-up cursors, and conversation sessions. A post is claimed before the model is called and marked answered
/// after the reply is posted; a claim left by an earlier run (crash, or abandoned at shutdown) is taken over once
/// more on the next start, up to <see cref="MaxAttempts"/> claims in all.
/// Commits do not wait for the disk (WAL with <c>synchronous=NORMAL</c>: a process crash loses nothing, a power
/// loss at most the last commits, which the reply-in-thread recovery covers). The WAL is checkpointed, and so
/// synced, by a background checkpointer on its own connection and thread every <see cref="CheckpointInterval"/>,
/// never by a commit: an fsync inside a commit held this store's lock for tens of milliseconds.
/// The gateway's hot path uses the async forms: writes run on one dedicated writer thread, session reads on a
/// read-only connection of their own, so a stalled fsync never holds a thread-pool thread (docs/gateway.md, "State").
/// The synchronous methods take the same lock and may be called from any thread.
/// </summary>
public sealed partial class GatewayStateStore : IDisposable
{
    /// <summary>Schema version this code writes (<c>PRAGMA user_version</c>).</summary>
    public const int SchemaVersion = 2;

    /// <summary>Claims per post before it is given up.</summary>
    public const int MaxAttempts = 3;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly SqliteConnection _readConnection;
    private readonly Lock _readLock = new();
    private readonly Dictionary<string, SqliteCommand> _readCommands = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _pendingCursors = new(StringComparer.Ordinal);
    private readonly ITimer _cursorTimer;
    private int _cursorFlushScheduled;
    private readonly SqliteConnection _checkpointConnection;
    private readonly ITimer _checkpointTimer;
    private readonly Lock _checkpointLock = new();
    private readonly SerialWorker _writer = new("nixclaw-state");
    private readonly SerialWorker _checkpointer = new("nixclaw-checkpoint");
    private readonly WriteTransaction _transaction;
    private GCHandle _walHookTarget;
    private int _framesAtLastPass;
    private int _passQueued;
    private int _passes;

    private GatewayStateStore(SqliteConnection connection, SqliteConnection readConnection, SqliteConnection checkpointConnection, TimeProvider time, string runId, int walFrameLimit, int burstFrames)
    {
        _connection = connection;
        _transaction = new WriteTransaction(this);
        WalFrameLimit = walFrameLimit;
        BurstFrames = burstFrames;
        _readConnection = readConnection;
        _cursorTimer = time.CreateTimer(_ => QueueCursorFlush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _checkpointConnection = checkpointConnection;
        _time = time;
        RunId = runId;
        // The timer only queues the checkpoint: its fsyncs must not hold a thread-pool thread.
        _checkpointTimer = time.CreateTimer(_ => QueueCheckpoint(), null, CheckpointInterval, CheckpointInterval);
        // Weak: the hook must not keep a store alive that its owner dropped without disposing it.
        _walHookTarget = GCHandle.Alloc(this, GCHandleType.Weak);
        HookWal(connection, _walHookTarget);
    }

    /// <summary>
    /// How long a cursor advance may wait in memory so that advances are written together (one commit for many posts
    /// instead of one each). Reads see pending advances; a crash loses at most this much cursor progress, and the
    /// posts it covers are found again by catch-up and recognised as answered.
    /// </summary>
    public static TimeSpan CursorFlushDelay { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the background checkpointer copies the WAL into the database file.</summary>
    public static TimeSpan CheckpointInterval { get; } = TimeSpan.FromSeconds(4);

    /// <summary>Identifies this process's claims; claims with another run id belong to an earlier run.</summary>
    public string RunId { get; }

    /// <summary>Database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (creating or migrating) <paramref name="databasePath"/>.</summary>
    /// <exception cref="GatewayConfigurationException">The file cannot be opened or has a newer schema.</exception>
    public static GatewayStateStore Open(string databasePath, TimeProvider? time = null) => Open(databasePath, time, walFrameLimit: null);

    /// <summary><see cref="Open(string, TimeProvider?)"/> with a different <see cref="WalFrameLimit"/> or <see cref="BurstFrames"/> (tests).</summary>
    internal static GatewayStateStore Open(string databasePath, TimeProvider? time, int? walFrameLimit, int? burstFrames = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        SqliteConnection? connection = null;
        SqliteConnection? checkpointConnection = null;
        SqliteConnection? readConnection = null;
        try
        {
            // Created 0600 (in a private folder) before SQLite opens it: SQLite gives its -wal and -shm files the
            // database's mode, and sessions hold every conversation.
            NixClaw.Runtime.Files.PrivateFiles.EnsurePrivateFile(databasePath);
            var connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = databasePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
            }.ToString();
            connection = new SqliteConnection(connectionString);
            connection.Open();
            // page_size takes effect only while the file is still empty (a new database); ConvertPageSize handles old ones.
            Execute(connection, $"PRAGMA page_size={PageSize}; PRAGMA busy_timeout=5000;");
            var pageSize = ConvertPageSize(connection);
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=0; PRAGMA foreign_keys=ON;");
            Migrate(connection, databasePath);
            checkpointConnection = new SqliteConnection(connectionString);
            checkpointConnection.Open();
            Execute(checkpointConnection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;");

            // Sessions are read here, on the caller's thread: WAL readers never wait for the writer.
            readConnection = new SqliteConnection(connectionString);
            readConnection.Open();
            Execute(readConnection, "PRAGMA query_only=1; PRAGMA busy_timeout=5000;");
            return new GatewayStateStore(
                connection, readConnection, checkpointConnection, time ?? TimeProvider.System, Guid.NewGuid().ToString("N"), walFrameLimit ?? (int)(WalByteLimit / pageSize), burstFrames ?? (int)(BurstByteLimit / pageSize));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            readConnection?.Dispose();
            checkpointConnection?.Dispose();
            connection?.Dispose();
            throw new GatewayConfigurationException($"state database '{databasePath}' cannot be opened: {ex.Message}", ex);
        }
    }

    /// <summary><see cref="TryClaim"/> on the store's own thread (the gateway's hot path uses the async forms).</summary>
    public Task<ClaimOutcome> TryClaimAsync(InboundPost post, CancellationToken cancellationToken = default) =>
        WriteAsync(() => TryClaim(post), cancellationToken);

    /// <summary><see cref="RecordAnswer"/> on the store's own thread.</summary>
    public Task RecordAnswerAsync(
        string postId, string replyPostId, string? sessionKey, IEnumerable<SessionMessage> messages, int maxMessages, CancellationToken cancellationToken = default) =>
        WriteAsync(() => RecordAnswer(postId, replyPostId, sessionKey, messages, maxMessages), cancellationToken);

    /// <summary><see cref="MarkAnswered"/> on the store's own thread, waiting out a full disk.</summary>
    public Task MarkAnsweredAsync(string postId, string replyPostId, CancellationToken cancellationToken = default) =>
        WriteAsync(() => MarkAnswered(postId, replyPostId), cancellationToken);

    /// <summary><see cref="Release"/> on the store's own thread.</summary>
    public Task ReleaseAsync(string postId, CancellationToken cancellationToken = default) => WriteAsync(() => Release(postId), cancellationToken);

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

    /// <summary>Claims <paramref name="post"/> for this run before its model call.</summary>
    public ClaimOutcome TryClaim(InboundPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_lock)
        {
            using var transaction = _transaction.Begin();
            var read = Command("SELECT state, run_id, attempts FROM posts WHERE post_id = $id");
            Bind(read, "$id", post.PostId);
            string? state = null, runId = null;
            long attempts = 0;
            using (var reader = read.ExecuteReader())
            {
                if (reader.Read())
                {
                    state = reader.GetString(0);
                    runId = reader.GetString(1);
                    attempts = reader.GetInt64(2);
                }
            }

            ClaimOutcome outcome;
            if (state is null or "deferred")
            {
                var insert = Command("INSERT INTO posts(post_id, channel_id, state, run_id, attempts, claimed_at, payload) VALUES ($id, $channel, 'claimed', $run, 1, $now, $payload) "
                    + "ON CONFLICT(post_id) DO UPDATE SET state = 'claimed', run_id = excluded.run_id, attempts = 1, claimed_at = excluded.claimed_at");
                Bind(insert, "$id", post.PostId);
                Bind(insert, "$channel", post.ChannelId);
                Bind(insert, "$run", RunId);
                Bind(insert, "$now", now);
                Bind(insert, "$payload", JsonSerializer.Serialize(post, s_json));
                insert.ExecuteNonQuery();
                outcome = ClaimOutcome.Claimed;
            }
            else if (state == "answered")
            {
                outcome = ClaimOutcome.AlreadyAnswered;
            }
            else if (state == "given_up")
            {
                outcome = ClaimOutcome.GivenUp;
            }
            else if (runId == RunId)
            {
                outcome = ClaimOutcome.InFlight;
            }
            else if (attempts >= MaxAttempts)
            {
                SetState(post.PostId, "given_up");
                outcome = ClaimOutcome.GivenUp;
            }
            else
            {
                var update = Command("UPDATE posts SET run_id = $run, attempts = attempts + 1, claimed_at = $now WHERE post_id = $id");
                Bind(update, "$id", post.PostId);
                Bind(update, "$run", RunId);
                Bind(update, "$now", now);
                update.ExecuteNonQuery();
                outcome = ClaimOutcome.Reclaimed;
            }

            transaction.Commit();
            return outcome;
        }
    }

    /// <summary>
    /// Keeps a delivered post that was not handled before shutdown for the next run (its channel's cursor did not move
    /// past it, but a channel without a cursor is not caught up at start). No-op for a post already known.
    /// </summary>
    public void Defer(InboundPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        lock (_lock)
        {
            var insert = Command(
                "INSERT INTO posts(post_id, channel_id, state, run_id, attempts, claimed_at, payload) VALUES ($id, $channel, 'deferred', '', 0, $now, $payload) ON CONFLICT(post_id) DO NOTHING");
            Bind(insert, "$id", post.PostId);
            Bind(insert, "$channel", post.ChannelId);
            Bind(insert, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            Bind(insert, "$payload", JsonSerializer.Serialize(post, s_json));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Forgets a deferred post that turned out not to need an answer.</summary>
    public void ForgetDeferred(string postId)
    {
        lock (_lock)
        {
            var delete = Command("DELETE FROM posts WHERE post_id = $id AND state = 'deferred'");
            Bind(delete, "$id", postId);
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>Records that <paramref name="postId"/> was answered by <paramref name="replyPostId"/>.</summary>
    public void MarkAnswered(string postId, string replyPostId) => RecordAnswer(postId, replyPostId, null, [], 0);

    /// <summary>
    /// Records the answer and extends the session in one transaction: one commit per turn instead of two (under
    /// load the commits, serialised on this store's lock, were the gateway's main point of contention).
    /// </summary>
    /// <param name="postId">The post answered.</param>
    /// <param name="replyPostId">The bot's reply.</param>
    /// <param name="sessionKey">The session to extend, or null to record the answer only.</param>
    /// <param name="messages">Messages to append to the session.</param>
    /// <param name="maxMessages">How many of the newest session messages to keep.</param>
    public void RecordAnswer(string postId, string replyPostId, string? sessionKey, IEnumerable<SessionMessage> messages, int maxMessages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_lock)
        {
            using var transaction = _transaction.Begin();
            // The post's copy is needed only to answer it after a restart: dropping it keeps 30 days of answered posts
            // small (rows ~100 bytes instead of ~500) and the pages each claim writes fewer.
            var update = Command("UPDATE posts SET state = 'answered', answered_at = $now, reply_post_id = $reply, payload = '' WHERE post_id = $id");
            Bind(update, "$id", postId);
            Bind(update, "$reply", replyPostId);
            Bind(update, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            if (update.ExecuteNonQuery() != 1)
            {
                throw new InvalidOperationException($"Post {postId} was answered without being claimed.");
            }

            if (sessionKey is not null)
            {
                AppendSessionRow(sessionKey, messages, maxMessages);
            }

            transaction.Commit();
        }
    }

    /// <summary>Gives this run's claim back (an abandoned turn), so the next run answers the post.</summary>
    public void Release(string postId)
    {
        lock (_lock)
        {
            var update = Command("UPDATE posts SET run_id = '' WHERE post_id = $id AND state = 'claimed' AND run_id = $run");
            Bind(update, "$id", postId);
            Bind(update, "$run", RunId);
            update.ExecuteNonQuery();
        }
    }

    /// <summary>Whether <paramref name="replyPostId"/> is recorded as the reply to some post.</summary>
    public bool IsRecordedReply(string replyPostId)
    {
        lock (_lock)
        {
            var read = Command("SELECT 1 FROM posts WHERE reply_post_id = $id");
            Bind(read, "$id", replyPostId);
            return read.ExecuteScalar() is not null;
        }
    }

    /// <summary>When the post was last claimed (Unix ms), or null.</summary>
    public long? ClaimedAt(string postId)
    {
        lock (_lock)
        {
            var read = Command("SELECT claimed_at FROM posts WHERE post_id = $id");
            Bind(read, "$id", postId);
            return read.ExecuteScalar() is long value ? value : null;
        }
    }

    /// <summary>Posts earlier runs claimed or deferred and never answered, oldest first (to answer at start-up).</summary>
    public IReadOnlyList<InboundPost> UnansweredFromEarlierRuns()
    {
        lock (_lock)
        {
            var read = Command("SELECT payload FROM posts WHERE state IN ('claimed', 'deferred') AND run_id <> $run ORDER BY claimed_at, post_id");
            Bind(read, "$run", RunId);
            var posts = new List<InboundPost>();
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                posts.Add(JsonSerializer.Deserialize<InboundPost>(reader.GetString(0), s_json)!);
            }

            return posts;
        }
    }

    /// <summary>Whether the post was answered.</summary>
    public bool IsAnswered(string postId)
    {
        lock (_lock)
        {
            var read = Command("SELECT 1 FROM posts WHERE post_id = $id AND state = 'answered'");
            Bind(read, "$id", postId);
            return read.ExecuteScalar() is not null;
        }
    }

    /// <summary>A channel's catch-up cursor (Unix ms), or null when never set.</summary>
    public long? GetCursor(string channelId)
    {
        lock (_lock)
        {
            var read = Command("SELECT position FROM cursors WHERE channel_id = $id");
            Bind(read, "$id", channelId);
            var stored = read.ExecuteScalar() is long value ? value : (long?)null;
            return _pendingCursors.TryGetValue(channelId, out var pending) && (stored is null || pending > stored) ? pending : stored;
        }
    }

    /// <summary>Moves a channel's cursor forward (never back).</summary>
    public void AdvanceCursor(string channelId, long position)
    {
        lock (_lock)
        {
            UpsertCursor(channelId, position);
        }
    }

    /// <summary>All cursors.</summary>
    public IReadOnlyDictionary<string, long> AllCursors()
    {
        lock (_lock)
        {
            var read = Command("SELECT channel_id, position FROM cursors");
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

    /// <summary>A session's stored messages, oldest first (empty when new).</summary>
    public IReadOnlyList<SessionMessage> LoadSession(string sessionKey)
    {
        lock (_readLock)
        {
            var read = Prepared(_readCommands, _readConnection, "SELECT messages FROM sessions WHERE session_key = $key");
            Bind(read, "$key", sessionKey);
            return read.ExecuteScalar() is string json
                ? JsonSerializer.Deserialize<List<SessionMessage>>(json, s_json) ?? []
                : [];
        }
    }

    /// <summary>Appends messages to a session, keeping the newest <paramref name="maxMessages"/>.</summary>
    public void AppendSession(string sessionKey, IEnumerable<SessionMessage> messages, int maxMessages)
    {
        lock (_lock)
        {
            using var transaction = _transaction.Begin();
            AppendSessionRow(sessionKey, messages, maxMessages);
            transaction.Commit();
        }
    }

    private void AppendSessionRow(string sessionKey, IEnumerable<SessionMessage> messages, int maxMessages)
    {
        var read = Command("SELECT messages FROM sessions WHERE session_key = $key");
        Bind(read, "$key", sessionKey);
        var all = read.ExecuteScalar() is string json ? JsonSerializer.Deserialize<List<SessionMessage>>(json, s_json) ?? [] : [];
        all.AddRange(messages);
        if (all.Count > maxMessages)
        {
            all.RemoveRange(0, all.Count - maxMessages);
        }

        var upsert = Command("INSERT INTO sessions(session_key, messages, updated_at) VALUES ($key, $messages, $now) ON CONFLICT(session_key) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at");
        Bind(upsert, "$key", sessionKey);
        Bind(upsert, "$messages", JsonSerializer.Serialize(all, s_json));
        Bind(upsert, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
        upsert.ExecuteNonQuery();
    }

    /// <summary>Row counts.</summary>
    public StoreCounts Counts()
    {
        lock (_lock)
        {
            var read = Command(
                "SELECT (SELECT count(*) FROM posts WHERE state='answered'), (SELECT count(*) FROM posts WHERE state='claimed'), (SELECT count(*) FROM posts WHERE state='given_up'), (SELECT count(*) FROM sessions)");
            using var reader = read.ExecuteReader();
            reader.Read();
            return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
    }

    /// <summary>Deletes answered and given-up post records older than <paramref name="age"/> (cursors keep catch-up bounded).</summary>
    public int PruneOlderThan(TimeSpan age)
    {
        lock (_lock)
        {
            var delete = Command("DELETE FROM posts WHERE state <> 'claimed' AND claimed_at < $cutoff");
            Bind(delete, "$cutoff", (_time.GetUtcNow() - age).ToUnixTimeMilliseconds());
            return delete.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        StopProbing();
        _checkpointTimer.Dispose();
        _cursorTimer.Dispose();
        _checkpointer.Dispose();
        _writer.TryPost(FlushCursors);
        _writer.Dispose();
        lock (_readLock)
        {
            Close(_readCommands, _readConnection);
        }

        lock (_checkpointLock)
        {
            _checkpointConnection.Dispose();
        }

        // Closing the last connection checkpoints the WAL into the database file.
        lock (_lock)
        {
            Close(_commands, _connection);
        }

        // Only now: the hook runs inside the writer connection's commits, and that connection is closed.
        if (_walHookTarget.IsAllocated)
        {
            _walHookTarget.Free();
        }
    }

    private static void Close(Dictionary<string, SqliteCommand> commands, SqliteConnection connection)
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
        connection.Dispose();
    }

    /// <summary>
    /// Copies committed WAL frames into the database file and syncs it (PASSIVE: never waits for, or blocks, a
    /// writer). Runs on the checkpointer's timer; public so tests and shutdown can force one.
    /// </summary>
    /// <remarks>
    /// SQLite starts the WAL file over only when a checkpoint has copied every frame, and a pass that runs beside a
    /// steady writer never does: new commits land while it syncs. Under sustained traffic the WAL then grew without
    /// bound (280 MB after 7,000 messages in the load benchmark). So when a pass leaves more than
    /// <see cref="WalFrameLimit"/> frames in the WAL, a second pass runs at once, then the writer's own thread copies
    /// the few frames written meanwhile (no commit can run beside it there), and the next commit starts the WAL over. Quiet moments need
    /// none of this: a pass with no commit beside it copies everything.
    /// </remarks>
    /// <returns>False when the store is closed or the database was busy (the next tick retries).</returns>
    public bool Checkpoint()
    {
        bool overLimit;
        lock (_checkpointLock)
        {
            if (_checkpointConnection.State != System.Data.ConnectionState.Open)
            {
                return false;
            }

            try
            {
                var frames = CheckpointPassive(_checkpointConnection);
                Interlocked.Increment(ref _passes);
                Volatile.Write(ref _framesAtLastPass, (int)Math.Min(frames, int.MaxValue));
                overLimit = frames > WalFrameLimit;
                if (overLimit)
                {
                    // A second pass at once copies what was committed during the first one's fsyncs, so the writer's
                    // own pass below has only a few milliseconds' frames left to copy while commits wait behind it.
                    CheckpointPassive(_checkpointConnection);
                }
            }
            catch (SqliteException)
            {
                return false;
            }
        }

        if (overLimit)
        {
            // Refused only while closing, which checkpoints anyway.
            _writer.TryPost(FinishCheckpoint);
        }

        return true;
    }

    /// <summary>WAL size (in frames, one page each) above which the writer finishes a checkpoint itself.</summary>
    internal int WalFrameLimit { get; }

    private const long WalByteLimit = 64L << 20;

    /// <summary>
    /// Database page size. Every commit writes each page it changed whole to the WAL, and the gateway's rows are small
    /// (an answered post ~100 bytes, a short session a few hundred): with 2 KiB pages a message writes 14.6 KiB to the
    /// WAL instead of 23.6 KiB with SQLite's default 4 KiB, so the checkpoints' fsyncs have a third less to flush,
    /// and the file stays as large (1 KiB pages: 10.8 KiB a message, but a file 2.6 times larger). docs/gateway.md, "State".
    /// </summary>
    internal const int PageSize = 2048;

    // On the writer's thread: copies what the background pass could not, so the next commit starts the WAL over.
    private void FinishCheckpoint()
    {
        lock (_lock)
        {
            if (_connection.State != System.Data.ConnectionState.Open)
            {
                return;
            }

            try
            {
                CheckpointPassive(_connection);
            }
            catch (SqliteException)
            {
                // Busy (a reader or the background pass): the next pass asks again.
            }
        }
    }

    // Returns the frames in the WAL when the pass began (SQLite's "log" column).
    private static long CheckpointPassive(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetInt64(1) : 0;
    }

    /// <summary>
    /// <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c> with the store's cached statements; one object, reused (callers hold
    /// <see cref="_lock"/>). <see cref="SqliteConnection.BeginTransaction()"/> prepared both statements again for every
    /// transaction, registered a rollback hook (a GC handle) and left finalizable weak references behind: objects
    /// that outlive a gen0 GC, two transactions a message.
    /// </summary>
    private sealed class WriteTransaction(GatewayStateStore store) : IDisposable
    {
        private bool _open;

        public WriteTransaction Begin()
        {
            store.Command("BEGIN IMMEDIATE").ExecuteNonQuery();
            _open = true;
            return this;
        }

        public void Commit()
        {
            store.Command("COMMIT").ExecuteNonQuery();
            _open = false;
        }

        // Not committed (an exception, or a refused COMMIT): roll back, so the next transaction starts clean.
        public void Dispose()
        {
            if (!_open)
            {
                return;
            }

            _open = false;
            try
            {
                store.Command("ROLLBACK").ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // SQLite already rolled back (some errors end the transaction themselves).
            }
        }
    }

    /// <summary>Checkpoint passes run so far (tests).</summary>
    internal int CheckpointPasses => Volatile.Read(ref _passes);

    /// <summary>New WAL frames since the last pass that start a pass at once, without waiting for the timer.</summary>
    internal int BurstFrames { get; }

    // 16 MiB: at a steady 200 messages/s the WAL grows ~12 MB between two timer passes, so only bursts reach it.
    private const long BurstByteLimit = 16L << 20;

    // One pass queued at a time, whoever asks (the timer, a burst); a last request racing Dispose is refused:
    // closing the connection checkpoints anyway.
    private void QueueCheckpoint()
    {
        if (Interlocked.Exchange(ref _passQueued, 1) == 0 && !_checkpointer.TryPost(RunQueuedCheckpoint))
        {
            Volatile.Write(ref _passQueued, 0);
        }
    }

    private void RunQueuedCheckpoint()
    {
        Volatile.Write(ref _passQueued, 0);
        Checkpoint();
    }

    // After every commit on the writer's connection, with the frames now in the WAL (they fall back to a few when
    // the WAL starts over). Under a burst the 4 s timer let ~50 MB of WAL pile up, and the pass that then synced it
    // held the disk for 120–180 ms, through which the writer's own small writes waited (perf trace, docs/gateway.md
    // "Load benchmark"); a pass every BurstFrames keeps each sync short.
    private void WalCommitted(int frames)
    {
        // Fewer frames than at the last pass: the WAL has started over since, so all of them are new.
        var last = Volatile.Read(ref _framesAtLastPass);
        if (frames < last)
        {
            last = 0;
        }

        if (frames - last >= BurstFrames)
        {
            Volatile.Write(ref _framesAtLastPass, frames);
            QueueCheckpoint();
        }
    }

    // sqlite3_wal_hook, which SQLitePCLRaw does not wrap; the library is the one Microsoft.Data.Sqlite loads.
    [LibraryImport("e_sqlite3")]
    private static unsafe partial IntPtr sqlite3_wal_hook(IntPtr db, delegate* unmanaged[Cdecl]<IntPtr, IntPtr, IntPtr, int, int> callback, IntPtr argument);

    // Best effort: with another SQLite build under Microsoft.Data.Sqlite (no e_sqlite3 to bind to) the store works
    // as before, checkpointed by the timer alone.
    private static unsafe void HookWal(SqliteConnection connection, GCHandle target)
    {
        try
        {
            sqlite3_wal_hook(connection.Handle!.DangerousGetHandle(), &OnWalCommit, GCHandle.ToIntPtr(target));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnWalCommit(IntPtr argument, IntPtr db, IntPtr databaseName, int frames)
    {
        if (GCHandle.FromIntPtr(argument).Target is GatewayStateStore store)
        {
            store.WalCommitted(frames);
        }

        return 0; // SQLITE_OK
    }

    // Moves a cursor forward, never back.
    private void UpsertCursor(string channelId, long position)
    {
        var upsert = Command("INSERT INTO cursors(channel_id, position) VALUES ($id, $pos) ON CONFLICT(channel_id) DO UPDATE SET position = max(position, excluded.position)");
        Bind(upsert, "$id", channelId);
        Bind(upsert, "$pos", position);
        upsert.ExecuteNonQuery();
    }

    private void SetState(string postId, string state)
    {
        var update = Command("UPDATE posts SET state = $state WHERE post_id = $id");
        Bind(update, "$id", postId);
        Bind(update, "$state", state);
        update.ExecuteNonQuery();
    }

    /// <summary>
    /// The store's command for <paramref name="sql"/>, prepared once per connection and reused with fresh parameters
    /// (callers hold <see cref="_lock"/>). Preparing each statement again on every call (SQLite's parser and
    /// planner) was about 5 % of the gateway's CPU in a perf profile.
    /// </summary>
    private SqliteCommand Command(string sql) => Prepared(_commands, _connection, sql);

    private static SqliteCommand Prepared(Dictionary<string, SqliteCommand> cache, SqliteConnection connection, string sql)
    {
        if (!cache.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            cache.Add(sql, command);
        }

        return command;
    }

    // Sets a cached command's parameter, made on first use: one SQL text always binds the same names, so its
    // parameter objects are kept rather than made again for every statement (~3 KB of garbage per message).
    private static void Bind(SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index < 0)
        {
            parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        else
        {
            parameters[index].Value = value ?? DBNull.Value;
        }
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
            if (_connection.State != System.Data.ConnectionState.Open)
            {
                return;
            }

            // Taken out of the pending set only once written (and only if not advanced meanwhile), so a read in
            // between still sees the newest position. A full disk keeps them pending; the probe flushes them later.
            var batch = _pendingCursors.ToArray();
            try
            {
                using var transaction = _transaction.Begin();
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

    // A database made with another page size (before 2026-11-26 every one had 4 KiB) is rebuilt once with PageSize:
    // VACUUM rewrites the file, and SQLite can change the page size only outside WAL mode. Best effort: when the
    // rebuild fails (no room for the copy VACUUM makes) the database keeps working with its old page size.
    // Returns the page size the file has now.
    private static int ConvertPageSize(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA page_size"), CultureInfo.InvariantCulture);
        var tables = Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master"), CultureInfo.InvariantCulture);
        if (current == PageSize || tables == 0)
        {
            return current;
        }

        try
        {
            Execute(connection, $"PRAGMA journal_mode=DELETE; PRAGMA page_size={PageSize}; VACUUM;");
            return PageSize;
        }
        catch (SqliteException)
        {
            // Kept as it is; the caller turns WAL mode back on.
            return current;
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > SchemaVersion)
        {
            throw new GatewayConfigurationException(
                $"state database '{path}' has schema version {current}, newer than this gateway's {SchemaVersion}; upgrade the gateway or move the file away");
        }

        if (current < 1)
        {
            Execute(connection, """
                BEGIN;
                CREATE TABLE posts(
                    post_id TEXT PRIMARY KEY,
                    channel_id TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('deferred', 'claimed', 'answered', 'given_up')),
                    run_id TEXT NOT NULL,
                    attempts INTEGER NOT NULL,
                    claimed_at INTEGER NOT NULL,
                    answered_at INTEGER,
                    reply_post_id TEXT,
                    payload TEXT NOT NULL) WITHOUT ROWID;
                CREATE INDEX posts_claimed ON posts(state, claimed_at);
                CREATE INDEX posts_reply ON posts(reply_post_id) WHERE reply_post_id IS NOT NULL;
                CREATE TABLE cursors(channel_id TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TABLE sessions(session_key TEXT PRIMARY KEY, messages TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = 1;
                COMMIT;
                """);
        }

        if (current < 2)
        {
            // Version 2 drops both secondary indexes: every answered post moved an entry in each (two of the ~10
            // 4 KiB pages a message wrote to the WAL). What they served runs at start-up or after a crash only
            // (unanswered posts, pruning, finding a recorded reply) and scans the table instead: 30 days of posts.
            Execute(connection, """
                BEGIN;
                DROP INDEX IF EXISTS posts_claimed;
                DROP INDEX IF EXISTS posts_reply;
                PRAGMA user_version = 2;
                COMMIT;
                """);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
