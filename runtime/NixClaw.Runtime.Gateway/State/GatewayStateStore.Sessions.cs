using System.Text.Json;

namespace NixClaw.Runtime.Gateway.State;

/// <summary>Conversation sessions: the newest messages of each thread, extended with each answer (<see cref="RecordAnswer"/>).</summary>
public sealed partial class GatewayStateStore
{
    /// <summary>A session's stored messages, oldest first (empty when new).</summary>
    public IReadOnlyList<SessionMessage> LoadSession(string sessionKey)
    {
        lock (_readLock)
        {
            var read = _read["SELECT messages FROM sessions WHERE session_key = $key"];
            PreparedCommands.Bind(read, "$key", sessionKey);
            return read.ExecuteScalar() is string json
                ? JsonSerializer.Deserialize<List<SessionMessage>>(json, s_json) ?? []
                : [];
        }
    }

    // Inside the caller's transaction, on the writer connection.
    private void AppendSessionRow(string sessionKey, IEnumerable<SessionMessage> messages, int maxMessages)
    {
        var read = _write["SELECT messages FROM sessions WHERE session_key = $key"];
        PreparedCommands.Bind(read, "$key", sessionKey);
        var all = read.ExecuteScalar() is string json ? JsonSerializer.Deserialize<List<SessionMessage>>(json, s_json) ?? [] : [];
        all.AddRange(messages);
        if (all.Count > maxMessages)
        {
            all.RemoveRange(0, all.Count - maxMessages);
        }

        var upsert = _write["INSERT INTO sessions(session_key, messages, updated_at) VALUES ($key, $messages, $now) ON CONFLICT(session_key) DO UPDATE SET messages = excluded.messages, updated_at = excluded.updated_at"];
        PreparedCommands.Bind(upsert, "$key", sessionKey);
        PreparedCommands.Bind(upsert, "$messages", JsonSerializer.Serialize(all, s_json));
        PreparedCommands.Bind(upsert, "$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
        upsert.ExecuteNonQuery();
    }
}
