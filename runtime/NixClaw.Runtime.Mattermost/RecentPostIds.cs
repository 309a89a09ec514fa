namespace NixClaw.Runtime.Mattermost;

/// <summary>A bounded set of recently delivered post ids (oldest forgotten first), to drop obvious duplicates.</summary>
internal sealed class RecentPostIds(int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Adds <paramref name="id"/>; false when it was already present.</summary>
    public bool TryAdd(string id)
    {
        lock (_gate)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            while (_order.Count > Math.Max(1, capacity))
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
