using Microsoft.Data.Sqlite;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>
/// One connection's statements, each prepared on first use and then reused with fresh parameter values, and one
/// reusable <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>. Not thread-safe: the owner holds its lock around every use.
/// </summary>
/// <remarks>
/// A turn runs the same handful of statements every time; preparing them again (SQLite's parser and planner) and
/// <see cref="SqliteConnection.BeginTransaction()"/> (which prepares its statements again and registers a rollback hook)
/// on every call would be work repeated per message for nothing.
/// </remarks>
internal sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _inTransaction;

    public SqliteConnection Connection => connection;

    public bool IsOpen => connection.State == System.Data.ConnectionState.Open;

    /// <summary>The prepared command for <paramref name="sql"/>; set its parameters with <see cref="Bind"/>.</summary>
    public SqliteCommand this[string sql]
    {
        get
        {
            if (!_commands.TryGetValue(sql, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = sql;
                _commands.Add(sql, command);
            }

            return command;
        }
    }

    /// <summary>Sets a parameter of a prepared command, created on first use: one SQL text always binds the same names.</summary>
    public static void Bind(SqliteCommand command, string name, object? value)
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

    /// <summary>Begins a write transaction; dispose the result, after <see cref="Transaction.Commit"/> when it succeeded.</summary>
    public Transaction Begin()
    {
        this["BEGIN IMMEDIATE"].ExecuteNonQuery();
        _inTransaction = true;
        return new Transaction(this);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        connection.Dispose();
    }

    /// <summary>An open write transaction: rolled back on dispose unless committed.</summary>
    internal readonly struct Transaction(PreparedCommands commands) : IDisposable
    {
        public void Commit()
        {
            commands["COMMIT"].ExecuteNonQuery();
            commands._inTransaction = false;
        }

        // Not committed (an exception, or a refused COMMIT): roll back, so the next transaction starts clean.
        public void Dispose()
        {
            if (!commands._inTransaction)
            {
                return;
            }

            commands._inTransaction = false;
            try
            {
                commands["ROLLBACK"].ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // SQLite already rolled back (some errors end the transaction themselves).
            }
        }
    }
}
