using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Chat;

/// <summary>The listener's catch-up cursors, kept in the gateway's state database.</summary>
internal sealed class SqliteCursorStore(GatewayStateStore store) : IMattermostCursorStore
{
    /// <inheritdoc/>
    public ValueTask<long?> GetCursorAsync(string channelId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(store.GetCursor(channelId));

    /// <inheritdoc/>
    public ValueTask SetCursorAsync(string channelId, long updateAt, CancellationToken cancellationToken)
    {
        store.AdvanceCursorSoon(channelId, updateAt);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyDictionary<string, long>> GetAllCursorsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(store.AllCursors());
}
