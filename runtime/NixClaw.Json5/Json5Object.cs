using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace NixClaw.Json5;

/// <summary>A JSON5 object: members in first-insertion order; setting an existing key replaces its value in place.</summary>
public sealed class Json5Object : Json5Value, IReadOnlyCollection<KeyValuePair<string, Json5Value>>
{
    // Small objects (the common case) are searched linearly; an index is built only once they grow.
    private const int IndexThreshold = 8;
    private readonly List<KeyValuePair<string, Json5Value>> _members = [];
    private Dictionary<string, int>? _index;

    /// <inheritdoc />
    public override Json5ValueKind Kind => Json5ValueKind.Object;

    /// <inheritdoc />
    public int Count => _members.Count;

    /// <summary>The member at <paramref name="index"/> in source order.</summary>
    public KeyValuePair<string, Json5Value> GetMember(int index) => _members[index];

    /// <summary>The value of member <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such member.</exception>
    public new Json5Value this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no member '{key}'");

    /// <summary>The member names in order.</summary>
    public IEnumerable<string> Keys => _members.Select(m => m.Key);

    /// <summary>Whether the object has member <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Looks up member <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out Json5Value value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _members[i].Value : null;
        return i >= 0;
    }

    /// <summary>Adds a member, or replaces the value of an existing one keeping its position (as JavaScript does).</summary>
    public void Set(string key, Json5Value value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        var i = IndexOf(key);
        if (i >= 0)
        {
            _members[i] = new(key, value);
            return;
        }

        _members.Add(new(key, value));
        if (_index is not null)
        {
            _index[key] = _members.Count - 1;
        }
        else if (_members.Count > IndexThreshold)
        {
            _index = new(StringComparer.Ordinal);
            for (var j = 0; j < _members.Count; j++)
            {
                _index[_members[j].Key] = j;
            }
        }
    }

    /// <summary>Removes member <paramref name="key"/>; returns whether it existed.</summary>
    public bool Remove(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return false;
        }

        _members.RemoveAt(i);
        _index = null;
        if (_members.Count > IndexThreshold)
        {
            _index = new(StringComparer.Ordinal);
            for (var j = 0; j < _members.Count; j++)
            {
                _index[_members[j].Key] = j;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, Json5Value>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override JsonNode? ToJsonNode()
    {
        var obj = new JsonObject();
        foreach (var member in _members)
        {
            obj[member.Key] = member.Value.ToJsonNode();
        }

        return obj;
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        for (var i = 0; i < _members.Count; i++)
        {
            if (string.Equals(_members[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
