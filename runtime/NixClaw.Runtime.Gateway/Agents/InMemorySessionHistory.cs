using System.Collections.Concurrent;
using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>Sessions that live as long as the process (a terminal chat), capped like the stored ones.</summary>
internal sealed class InMemorySessionHistory(int maxMessages) : ISessionHistory
{
    private readonly ConcurrentDictionary<string, List<SessionMessage>> _sessions = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyList<SessionMessage> Load(string sessionKey)
    {
        if (!_sessions.TryGetValue(sessionKey, out var messages))
        {
            return [];
        }

        lock (messages)
        {
            return [.. messages];
        }
    }

    /// <summary>Appends a turn's messages, keeping the newest <c>maxMessages</c>.</summary>
    public void Append(string sessionKey, IEnumerable<SessionMessage> update)
    {
        var messages = _sessions.GetOrAdd(sessionKey, _ => []);
        lock (messages)
        {
            messages.AddRange(update);
            if (messages.Count > maxMessages)
            {
                messages.RemoveRange(0, messages.Count - maxMessages);
            }
        }
    }
}
