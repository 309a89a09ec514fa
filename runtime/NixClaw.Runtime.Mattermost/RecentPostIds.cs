namespace NixClaw.Runtime.Mattermost;

/// <summary>A bounded set of recently delivered post ids (oldest forgotten first), to drop obvious duplicates.</summary>
/// <remarks>
/// Mattermost ids (26 characters of <c>[a-z0-9]</c>) are kept packed into three numbers, not as strings: the set
/// outlives the posts, so id strings would stay alive only here, and every gen0 GC would mark and move the young
/// ones again. Any other id is kept as it is. The measurements are in docs/notes/performance.md.
/// </remarks>
internal sealed class RecentPostIds(int capacity)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Key> _ids = [];
    private readonly Queue<Key> _order = new();

    /// <summary>Adds <paramref name="id"/>; false when it was already present.</summary>
    public bool TryAdd(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = Key.Of(id);
        lock (_gate)
        {
            if (!_ids.Add(key))
            {
                return false;
            }

            _order.Enqueue(key);
            while (_order.Count > Math.Max(1, capacity))
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    // A Mattermost id in A, B and C (ten, ten and six characters, 6 bits each, 0 for none), Other null; any other
    // id in Other with A, B and C zero. Packing is exact, so two ids are equal only when their texts are.
    private readonly record struct Key(ulong A, ulong B, ulong C, string? Other)
    {
        private const int IdLength = 26;

        public static Key Of(string id)
        {
            if (id.Length != IdLength)
            {
                return new Key(0, 0, 0, id);
            }

            Span<ulong> parts = stackalloc ulong[3];
            for (var i = 0; i < IdLength; i++)
            {
                var code = id[i] switch
                {
                    >= '0' and <= '9' and var digit => (ulong)(digit - '0' + 1),
                    >= 'a' and <= 'z' and var letter => (ulong)(letter - 'a' + 11),
                    _ => 0UL,
                };
                if (code == 0)
                {
                    return new Key(0, 0, 0, id);
                }

                parts[i / 10] = (parts[i / 10] << 6) | code;
            }

            return new Key(parts[0], parts[1], parts[2], null);
        }
    }
}
