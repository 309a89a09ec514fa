namespace NixClaw.Runtime.Sops;

/// <summary>A block mapping; entries keep their order (sops's MAC depends on it).</summary>
public sealed class YamlMap : YamlNode
{
    /// <summary>The entries in document order.</summary>
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = [];

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public YamlNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key == key)
            {
                return entry.Value;
            }
        }

        return null;
    }

    /// <summary>Replaces the value of <paramref name="key"/> in place, or appends it.</summary>
    public void Set(string key, YamlNode value)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (Entries[i].Key == key)
            {
                Entries[i] = new KeyValuePair<string, YamlNode>(key, value);
                return;
            }
        }

        Entries.Add(new KeyValuePair<string, YamlNode>(key, value));
    }

    /// <summary>Removes <paramref name="key"/>; true when it was present.</summary>
    public bool Remove(string key) => Entries.RemoveAll(e => e.Key == key) > 0;
}
