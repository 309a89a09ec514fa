using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>What another process reads from a state database file (committed rows only), for assertions.</summary>
internal static class StateFile
{
    public static bool IsAnswered(string databasePath, string postId)
    {
        using var connection = ReadOnly(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM posts WHERE post_id = $id AND state = 'answered'";
        command.Parameters.AddWithValue("$id", postId);
        return command.ExecuteScalar() is not null;
    }

    public static SqliteConnection ReadOnly(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
