using Microsoft.Data.Sqlite;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class GatewayStateStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-state-").FullName;

    private string DbPath => Path.Combine(_dir, "nixclaw.db");

    [Fact]
    public void PostIsClaimedOnceAnsweredOnceAndNeverAgainAcrossRuns()
    {
        var post = Post("p1");
        using (var run1 = GatewayStateStore.Open(DbPath))
        {
            Assert.Equal(ClaimOutcome.Claimed, run1.TryClaim(post));
            Assert.Equal(ClaimOutcome.InFlight, run1.TryClaim(post));
            run1.MarkAnswered("p1", "r1");
            Assert.Equal(ClaimOutcome.AlreadyAnswered, run1.TryClaim(post));
        }

        using var run2 = GatewayStateStore.Open(DbPath);
        Assert.Equal(ClaimOutcome.AlreadyAnswered, run2.TryClaim(post));
        Assert.True(run2.IsRecordedReply("r1"));
        Assert.Empty(run2.UnansweredFromEarlierRuns());
    }

    [Fact]
    public void AnAnsweredPostKeepsNoCopyOfThePostAndAnUnansweredOneKeepsIt()
    {
        using (var store = GatewayStateStore.Open(DbPath))
        {
            store.TryClaim(Post("answered"));
            store.TryClaim(Post("pending"));
            store.MarkAnswered("answered", "r1");
        }

        using (var check = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            check.Open();
            using var query = check.CreateCommand();
            query.CommandText = "SELECT post_id, length(payload) FROM posts ORDER BY post_id";
            using var reader = query.ExecuteReader();
            Assert.True(reader.Read());
            Assert.Equal(("answered", 0L), (reader.GetString(0), reader.GetInt64(1)));
            Assert.True(reader.Read());
            Assert.Equal("pending", reader.GetString(0));
            Assert.True(reader.GetInt64(1) > 50);
        }

        using var next = GatewayStateStore.Open(DbPath);
        Assert.Equal(Post("pending"), Assert.Single(next.UnansweredFromEarlierRuns()));
        Assert.Equal(ClaimOutcome.AlreadyAnswered, next.TryClaim(Post("answered")));
        Assert.True(next.IsRecordedReply("r1"));
    }

    [Fact]
    public void ClaimOfACrashedRunIsTakenOverAtMostThreeTimesInAll()
    {
        var post = Post("p2");
        using (var run = GatewayStateStore.Open(DbPath))
        {
            Assert.Equal(ClaimOutcome.Claimed, run.TryClaim(post));
        }

        for (var attempt = 2; attempt <= GatewayStateStore.MaxAttempts; attempt++)
        {
            using var run = GatewayStateStore.Open(DbPath);
            Assert.Equal(post, Assert.Single(run.UnansweredFromEarlierRuns()));
            Assert.Equal(ClaimOutcome.Reclaimed, run.TryClaim(post));
        }

        using var last = GatewayStateStore.Open(DbPath);
        Assert.Equal(ClaimOutcome.GivenUp, last.TryClaim(post));
        Assert.Equal(1, last.Counts().GivenUp);
    }

    [Fact]
    public void ReleasedAndDeferredPostsAreAnsweredByTheNextRun()
    {
        using (var run = GatewayStateStore.Open(DbPath))
        {
            run.TryClaim(Post("abandoned"));
            run.Release("abandoned");
            run.Defer(Post("queued"));
            run.Defer(Post("ignored"));
            run.ForgetDeferred("ignored");
        }

        using var next = GatewayStateStore.Open(DbPath);
        Assert.Equal(["abandoned", "queued"], next.UnansweredFromEarlierRuns().Select(p => p.PostId).Order());
        Assert.Equal(ClaimOutcome.Claimed, next.TryClaim(Post("queued")));
        Assert.Equal(ClaimOutcome.Reclaimed, next.TryClaim(Post("abandoned")));
    }

    [Fact]
    public void CursorsOnlyMoveForwardAndSessionsKeepTheNewestMessages()
    {
        using var store = GatewayStateStore.Open(DbPath);
        store.AdvanceCursor("c1", 100);
        store.AdvanceCursor("c1", 50);
        Assert.Equal(100, store.GetCursor("c1"));
        Assert.Null(store.GetCursor("c2"));

        store.TryClaim(Post("p1"));
        store.RecordAnswer("p1", "r1", "s", [new SessionMessage("user", "alice", "1"), new SessionMessage("assistant", "", "2")], 3);
        store.TryClaim(Post("p2"));
        store.RecordAnswer("p2", "r2", "s", [new SessionMessage("user", "alice", "3"), new SessionMessage("assistant", "", "4")], 3);
        Assert.Equal(["2", "3", "4"], store.LoadSession("s").Select(m => m.Text));
    }

    [Fact]
    public void DatabaseIsWalAndVersionedAndANewerSchemaIsAConfigurationError()
    {
        using (GatewayStateStore.Open(DbPath))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", command.ExecuteScalar());
            command.CommandText = "PRAGMA user_version";
            Assert.Equal((long)GatewayStateStore.SchemaVersion, command.ExecuteScalar());
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<GatewayConfigurationException>(() => GatewayStateStore.Open(DbPath));
        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains(DbPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordAnswerMarksThePostAndExtendsTheSessionTogether()
    {
        using var store = GatewayStateStore.Open(DbPath);
        store.TryClaim(Post("p9"));
        store.RecordAnswer("p9", "r9", "s9", [new SessionMessage("user", "alice", "q"), new SessionMessage("assistant", "", "a")], 10);
        Assert.True(StateFile.IsAnswered(DbPath, "p9"));
        Assert.Equal(["q", "a"], store.LoadSession("s9").Select(m => m.Text));

        // A post never claimed is refused, and its session is not touched (one transaction).
        Assert.Throws<InvalidOperationException>(() => store.RecordAnswer("unclaimed", "r", "s10", [new SessionMessage("user", "bob", "x")], 10));
        Assert.Empty(store.LoadSession("s10"));

        // The refused transaction was rolled back, not left open: the next ones begin and commit.
        Assert.Equal(ClaimOutcome.Claimed, store.TryClaim(Post("p10")));
        store.RecordAnswer("p10", "r10", "s10", [new SessionMessage("user", "bob", "y")], 10);
        Assert.Equal(["y"], store.LoadSession("s10").Select(m => m.Text));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task TheAsyncFormsRunOnTheStoresThreadAndAgreeWithTheSyncOnes()
    {
        using var store = GatewayStateStore.Open(DbPath);
        var post = Post("p9");
        Assert.Equal(ClaimOutcome.Claimed, await store.TryClaimAsync(post, TestContext.Current.CancellationToken));
        Assert.Equal(ClaimOutcome.InFlight, await store.TryClaimAsync(post, TestContext.Current.CancellationToken));
        await store.RecordAnswerAsync("p9", "r9", "s1", [new SessionMessage("user", "alice", "hi"), new SessionMessage("assistant", "", "hello")], 10, TestContext.Current.CancellationToken);
        store.AdvanceCursor("c1", 1234);

        Assert.True(StateFile.IsAnswered(DbPath, "p9"));
        Assert.Equal(1234, store.GetCursor("c1"));
        Assert.Equal(["hi", "hello"], store.LoadSession("s1").Select(m => m.Text));

        Assert.Equal(ClaimOutcome.Claimed, await store.TryClaimAsync(Post("p10"), TestContext.Current.CancellationToken));
        await store.ReleaseAsync("p10", TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.RecordAnswerAsync("never-claimed", "r", null, [], 10, TestContext.Current.CancellationToken));
    }

    // The tables of schema versions 1 and 2 (version 1 also had two indexes), for files made as older code made them.
    private const string SchemaTables = """
        CREATE TABLE posts(post_id TEXT PRIMARY KEY, channel_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('deferred', 'claimed', 'answered', 'given_up')), run_id TEXT NOT NULL,
            attempts INTEGER NOT NULL, claimed_at INTEGER NOT NULL, answered_at INTEGER, reply_post_id TEXT, payload TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE cursors(channel_id TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE sessions(session_key TEXT PRIMARY KEY, messages TEXT NOT NULL, updated_at INTEGER NOT NULL) WITHOUT ROWID;

        """;

    [Fact]
    public void AVersion1DatabaseLosesItsIndexesAndKeepsItsRows()
    {
        using (var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = SchemaTables + """
                CREATE INDEX posts_claimed ON posts(state, claimed_at);
                CREATE INDEX posts_reply ON posts(reply_post_id) WHERE reply_post_id IS NOT NULL;
                INSERT INTO posts VALUES ('old', 'c1', 'answered', 'run0', 1, 1000, 2000, 'reply-old', '{}');
                INSERT INTO cursors VALUES ('c1', 777);
                PRAGMA user_version = 1;
                """;
            command.ExecuteNonQuery();
        }

        using (var store = GatewayStateStore.Open(DbPath))
        {
            Assert.True(StateFile.IsAnswered(DbPath, "old"));
            Assert.True(store.IsRecordedReply("reply-old"));
            Assert.Equal(777, store.GetCursor("c1"));
        }

        using var check = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        check.Open();
        using var query = check.CreateCommand();
        query.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('posts_claimed', 'posts_reply')";
        Assert.Equal(0L, query.ExecuteScalar());
        query.CommandText = "PRAGMA user_version";
        Assert.Equal(2L, query.ExecuteScalar());
    }

    [Fact]
    public async Task TheWalStaysSmallUnderASteadyWriter()
    {
        // SQLite's own checkpoint runs after a commit once the WAL passed its limit, with no other writer beside it,
        // so the WAL starts over instead of growing with every claim.
        using var store = GatewayStateStore.Open(DbPath);
        const int claims = 3000;
        for (var i = 0; i < claims; i++)
        {
            await store.TryClaimAsync(Post($"steady-{i}") with { Message = new string('x', 2000) }, TestContext.Current.CancellationToken);
        }

        // Every claim writes a few pages (its 2 KB row overflows the leaf page): tens of MB if the WAL never started over.
        var wal = new FileInfo(DbPath + "-wal").Length;
        Assert.True(wal < 8_000_000, $"WAL is {wal} bytes");
        Assert.Equal(claims, store.Counts().Claimed);
    }

    [Fact]
    public async Task CursorAdvancesAreReadAtOnceAndWrittenTogetherAfterTheDelay()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var store = GatewayStateStore.Open(DbPath, clock);
        store.AdvanceCursor("c1", 100);
        store.AdvanceCursorSoon("c1", 300);
        store.AdvanceCursorSoon("c1", 200);
        store.AdvanceCursorSoon("c2", 50);

        Assert.Equal(300, store.GetCursor("c1"));
        Assert.Equal(new Dictionary<string, long> { ["c1"] = 300, ["c2"] = 50 }, store.AllCursors());
        Assert.Equal(new Dictionary<string, long> { ["c1"] = 100 }, StoredCursors());

        clock.Advance(GatewayStateStore.CursorFlushDelay);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (StoredCursors().Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.Equal(new Dictionary<string, long> { ["c1"] = 300, ["c2"] = 50 }, StoredCursors());
    }

    [Fact]
    public void PendingCursorAdvancesAreWrittenOnDispose()
    {
        using (var store = GatewayStateStore.Open(DbPath, new Microsoft.Extensions.Time.Testing.FakeTimeProvider()))
        {
            store.AdvanceCursorSoon("c1", 42);
        }

        Assert.Equal(new Dictionary<string, long> { ["c1"] = 42 }, StoredCursors());
    }

    // What another process would read from the file (committed rows only).
    private Dictionary<string, long> StoredCursors()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel_id, position FROM cursors";
        using var reader = command.ExecuteReader();
        var cursors = new Dictionary<string, long>();
        while (reader.Read())
        {
            cursors[reader.GetString(0)] = reader.GetInt64(1);
        }

        return cursors;
    }

    private static InboundPost Post(string id) => new(id, "c1", "coder", "u1", "alice", "hi " + id, "", 1000);
}
