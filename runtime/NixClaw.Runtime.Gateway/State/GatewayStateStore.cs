using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// The gateway's durable state in one SQLite file: which posts were claimed and answered, per-channel catch-up
/// cursors, and conversation sessions. A post is claimed before the model is called and marked answered (with the
/// session update, one transaction) after the reply is posted; a claim left by an earlier run (crash, or abandoned at
/// shutdown) is taken over once more on the next start, up to <see cref="MaxAttempts"/> claims in all.
/// </summary>
/// <remarks>
/// WAL with <c>synchronous=NORMAL</c>: a commit does not wait for the disk; a process crash loses nothing, a power loss
/// at most the last commits, which the reply-in-thread recovery covers. SQLite checkpoints the WAL itself.
/// Writes run in order on one dedicated thread (the async forms), so a commit stalled on the disk holds no thread-pool
/// thread; sessions are read on a read-only connection of their own, which WAL never makes wait for the writer. The
/// synchronous methods take the writer connection's lock and may be called from any thread.
/// </remarks>
public sealed partial class GatewayStateStore : IDisposable
{
    /// <summary>Schema version this code writes (<c>PRAGMA user_version</c>).</summary>
    public const int SchemaVersion = StateSchema.Version;

    /// <summary>Claims per post before it is given up.</summary>
    public const int MaxAttempts = 3;

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly PreparedCommands _write;
    private readonly Lock _lock = new();
    private readonly PreparedCommands _read;
    private readonly Lock _readLock = new();
    private readonly TimeProvider _time;
    private readonly SerialWorker _writer = new("nixclaw-state");

    private GatewayStateStore(SqliteConnection connection, SqliteConnection readConnection, TimeProvider time)
    {
        _write = new PreparedCommands(connection);
        _read = new PreparedCommands(readConnection);
        _time = time;
        _cursorTimer = time.CreateTimer(_ => QueueCursorFlush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Identifies this process's claims; claims with another run id belong to an earlier run.</summary>
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Database file.</summary>
    public string Path => _write.Connection.DataSource;

    /// <summary>Opens (creating or migrating) <paramref name="databasePath"/>.</summary>
    /// <exception cref="GatewayConfigurationException">The file cannot be opened or has a newer schema.</exception>
    public static GatewayStateStore Open(string databasePath, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        SqliteConnection? connection = null;
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
            StateSchema.Execute(connection, "PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            StateSchema.Migrate(connection, databasePath);

            readConnection = new SqliteConnection(connectionString);
            readConnection.Open();
            StateSchema.Execute(readConnection, "PRAGMA query_only=1; PRAGMA busy_timeout=5000;");
            return new GatewayStateStore(connection, readConnection, time ?? TimeProvider.System);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            readConnection?.Dispose();
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

    /// <summary>Claims <paramref name="post"/> for this run before its model call.</summary>
    public ClaimOutcome TryClaim(InboundPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_lock)
        {
            using var transaction = _write.Begin();
            var read = _write["SELECT state, run_id, attempts FROM posts WHERE post_id = $id"];
            PreparedCommands.Bind(read, "$id", post.PostId);
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
                var insert = _write["INSERT INTO posts(post_id, channel_id, state, run_id, attempts, claimed_at, payload) VALUES ($id, $channel, 'claimed', $run, 1, $now, $payload) "
                    + "ON CONFLICT(post_id) DO UPDATE SET state = 'claimed', run_id = excluded.run_id, attempts = 1, claimed_at = excluded.claimed_at"];
                PreparedCommands.Bind(insert, "$id", post.PostId);
                PreparedCommands.Bind(insert, "$channel", post.ChannelId);
                PreparedCommands.Bind(insert, "$run", RunId);
                PreparedCommands.Bind(insert, "$now", now);
                PreparedCommands.Bind(insert, "$payload", JsonSerializer.Serialize(post, s_json));
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
                var giveUp = _write["UPDATE posts SET state = 'given_up' WHERE post_id = $id"];
                PreparedCommands.Bind(giveUp, "$id", post.PostId);
                giveUp.ExecuteNonQuery();
                outcome = ClaimOutcome.GivenUp;
            }
            else
            {
                var update = _write["UPDATE posts SET run_id = $run, attempts = attempts + 1, claimed_at = $now WHERE post_id = $id"];
                PreparedCommands.Bind(update, "$id", post.PostId);
                PreparedCommands.Bind(update, "$run", RunId);
                PreparedCommands.Bind(update, "$now", now);
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
            var insert = _write[
                "INSERT INTO posts(post_id, channel_id, state, run_id, attempts, claimed_at, payload) VALUES ($id, $channel, 'deferred', '', 0, $now, $payload) ON CONFLICT(post_id) DO NOTHING"];
            PreparedCommands.Bind(insert, "$id", post.PostId);
            PreparedCommands.Bind(insert, "$channel", post.ChannelId);
            PreparedCommands.Bind(insert, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            PreparedCommands.Bind(insert, "$payload", JsonSerializer.Serialize(post, s_json));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Forgets a deferred post that turned out not to need an answer.</summary>
    public void ForgetDeferred(string postId)
    {
        lock (_lock)
        {
            var delete = _write["DELETE FROM posts WHERE post_id = $id AND state = 'deferred'"];
            PreparedCommands.Bind(delete, "$id", postId);
            delete.ExecuteNonQuery();
        }
    }

    /// <summary>Records that <paramref name="postId"/> was answered by <paramref name="replyPostId"/>.</summary>
    public void MarkAnswered(string postId, string replyPostId) => RecordAnswer(postId, replyPostId, null, [], 0);

    /// <summary>Records the answer and extends the session in one transaction (one commit per turn).</summary>
    /// <param name="postId">The post answered.</param>
    /// <param name="replyPostId">The bot's reply.</param>
    /// <param name="sessionKey">The session to extend, or null to record the answer only.</param>
    /// <param name="messages">Messages to append to the session.</param>
    /// <param name="maxMessages">How many of the newest session messages to keep.</param>
    /// <exception cref="InvalidOperationException">The post was not claimed; nothing is written.</exception>
    public void RecordAnswer(string postId, string replyPostId, string? sessionKey, IEnumerable<SessionMessage> messages, int maxMessages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        lock (_lock)
        {
            using var transaction = _write.Begin();
            // The post's copy is needed only to answer it after a restart: dropping it keeps 30 days of answered posts small.
            var update = _write["UPDATE posts SET state = 'answered', answered_at = $now, reply_post_id = $reply, payload = '' WHERE post_id = $id"];
            PreparedCommands.Bind(update, "$id", postId);
            PreparedCommands.Bind(update, "$reply", replyPostId);
            PreparedCommands.Bind(update, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
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
            var update = _write["UPDATE posts SET run_id = '' WHERE post_id = $id AND state = 'claimed' AND run_id = $run"];
            PreparedCommands.Bind(update, "$id", postId);
            PreparedCommands.Bind(update, "$run", RunId);
            update.ExecuteNonQuery();
        }
    }

    /// <summary>Whether <paramref name="replyPostId"/> is recorded as the reply to some post.</summary>
    public bool IsRecordedReply(string replyPostId)
    {
        lock (_lock)
        {
            var read = _write["SELECT 1 FROM posts WHERE reply_post_id = $id"];
            PreparedCommands.Bind(read, "$id", replyPostId);
            return read.ExecuteScalar() is not null;
        }
    }

    /// <summary>Posts earlier runs claimed or deferred and never answered, oldest first (to answer at start-up).</summary>
    public IReadOnlyList<InboundPost> UnansweredFromEarlierRuns()
    {
        lock (_lock)
        {
            var read = _write["SELECT payload FROM posts WHERE state IN ('claimed', 'deferred') AND run_id <> $run ORDER BY claimed_at, post_id"];
            PreparedCommands.Bind(read, "$run", RunId);
            var posts = new List<InboundPost>();
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                posts.Add(JsonSerializer.Deserialize<InboundPost>(reader.GetString(0), s_json)!);
            }

            return posts;
        }
    }

    /// <summary>Row counts.</summary>
    public StoreCounts Counts()
    {
        lock (_lock)
        {
            var read = _write[
                "SELECT (SELECT count(*) FROM posts WHERE state='answered'), (SELECT count(*) FROM posts WHERE state='claimed'), (SELECT count(*) FROM posts WHERE state='given_up'), (SELECT count(*) FROM sessions)"];
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
            var delete = _write["DELETE FROM posts WHERE state <> 'claimed' AND claimed_at < $cutoff"];
            PreparedCommands.Bind(delete, "$cutoff", (_time.GetUtcNow() - age).ToUnixTimeMilliseconds());
            return delete.ExecuteNonQuery();
        }
    }

    /// <summary>Writes pending cursor advances and closes the database (closing the last connection checkpoints the WAL).</summary>
    public void Dispose()
    {
        StopProbing();
        _cursorTimer.Dispose();
        _writer.TryPost(FlushCursors);
        _writer.Dispose();
        lock (_readLock)
        {
            _read.Dispose();
        }

        lock (_lock)
        {
            _write.Dispose();
        }
    }
}
