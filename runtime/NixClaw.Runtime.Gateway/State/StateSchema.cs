using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>The tables of <c>nixclaw.db</c> and the steps from each older schema (<c>PRAGMA user_version</c>).</summary>
internal static class StateSchema
{
    /// <summary>Schema version this code writes.</summary>
    public const int Version = 2;

    /// <summary>Brings the database at <paramref name="path"/> to <see cref="Version"/>.</summary>
    /// <exception cref="GatewayConfigurationException">The file was written by a newer gateway.</exception>
    public static void Migrate(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        if (current > Version)
        {
            throw new GatewayConfigurationException(
                $"state database '{path}' has schema version {current}, newer than this gateway's {Version}; upgrade the gateway or move the file away");
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
            // Version 2 drops both secondary indexes: every answered post moved an entry in each. What they served runs
            // at start-up or after a crash only (unanswered posts, pruning, finding a recorded reply) and scans the
            // table instead: 30 days of posts.
            Execute(connection, """
                BEGIN;
                DROP INDEX IF EXISTS posts_claimed;
                DROP INDEX IF EXISTS posts_reply;
                PRAGMA user_version = 2;
                COMMIT;
                """);
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
