using System.Collections.Concurrent;

namespace NixClaw.Runtime.Mattermost;

/// <summary>A process-local <see cref="IMattermostCursorStore"/> (tests, demos); the gateway keeps cursors in SQLite.</summary>
internal sealed class InMemoryMattermostCursorStore : IMattermostCursorStore
{
    private readonly ConcurrentDictionary<string, long> _cursors = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public ValueTask<long?> GetCursorAsync(string channelId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_cursors.TryGetValue(channelId, out var value) ? value : (long?)null);

    /// <inheritdoc/>
    public ValueTask SetCursorAsync(string channelId, long updateAt, CancellationToken cancellationToken)
    {
        _cursors.AddOrUpdate(channelId, updateAt, (_, old) => Math.Max(old, updateAt));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyDictionary<string, long>> GetAllCursorsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyDictionary<string, long>>(new Dictionary<string, long>(_cursors, StringComparer.Ordinal));
}
