using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NixClaw.Sops;

/// <summary>
/// A sops YAML file: the data tree (keys in plaintext, values <c>ENC[...]</c>) and the <c>sops</c> metadata
/// (age-wrapped data key, <c>lastmodified</c>, <c>mac</c>). Reading needs no key; see <see cref="SopsCrypto"/>
/// for decrypting and writing values.
/// </summary>
public sealed class SopsDocument
{
    /// <summary>The metadata key at the document root.</summary>
    public const string MetadataKey = "sops";

    private SopsDocument(YamlMappingNode data, YamlMappingNode metadata, string fileName)
    {
        Data = data;
        Metadata = metadata;
        FileName = fileName;
    }

    /// <summary>The data tree, in document order.</summary>
    public YamlMappingNode Data { get; }

    /// <summary>The <c>sops</c> map.</summary>
    public YamlMappingNode Metadata { get; }

    /// <summary>Name used in messages.</summary>
    public string FileName { get; }

    /// <summary>Suffix of keys whose values are stored in plaintext.</summary>
    public string UnencryptedSuffix => Metadata.GetText("unencrypted_suffix") ?? "_unencrypted";

    /// <summary>The age recipients the data key is wrapped for.</summary>
    public IReadOnlyList<string> Recipients => AgeEntries().Select(e => e.Recipient).ToList();

    /// <summary>A new, empty document whose data key is wrapped (armored) for <paramref name="recipient"/>.</summary>
    public static SopsDocument Create(string recipient, string armoredDataKey, string fileName)
    {
        var entry = new YamlMappingNode();
        entry.Set("recipient", new YamlScalarNode(recipient));
        entry.Set("enc", new YamlScalarNode(armoredDataKey.EndsWith('\n') ? armoredDataKey : armoredDataKey + "\n") { Style = ScalarStyle.Literal });
        var metadata = new YamlMappingNode();
        metadata.Set("age", new YamlSequenceNode(entry));
        metadata.Set("lastmodified", new YamlScalarNode("") { Style = ScalarStyle.DoubleQuoted });
        metadata.Set("mac", new YamlScalarNode(""));
        metadata.Set("unencrypted_suffix", new YamlScalarNode("_unencrypted"));
        metadata.Set("version", new YamlScalarNode("3.9.0"));
        return new SopsDocument(new YamlMappingNode(), metadata, fileName);
    }

    /// <summary>Parses a sops YAML file without decrypting anything.</summary>
    /// <exception cref="SopsFormatException">Not YAML, or no sops metadata.</exception>
    public static SopsDocument Parse(string text, string fileName)
    {
        var root = SopsYaml.Load(text, fileName);
        if (root.Get(MetadataKey) is not YamlMappingNode metadata)
        {
            throw new SopsFormatException(
                $"{fileName}: no 'sops' metadata section: the file is not encrypted (never commit plaintext secrets; set values with `secrets set`)");
        }

        foreach (var option in new[] { "encrypted_regex", "unencrypted_regex", "encrypted_suffix", "encrypted_comment_regex", "unencrypted_comment_regex" })
        {
            if (metadata.Get(option) is not null)
            {
                throw new SopsFormatException($"{fileName}: the sops option '{option}' is not supported here; only unencrypted_suffix is");
            }
        }

        if (metadata.GetText("mac_only_encrypted") is "true")
        {
            throw new SopsFormatException($"{fileName}: the sops option 'mac_only_encrypted' is not supported here");
        }

        var data = new YamlMappingNode();
        foreach (var (key, value) in root.Children.Where(e => ((YamlScalarNode)e.Key).Value != MetadataKey))
        {
            data.Add(key, value);
        }

        var document = new SopsDocument(data, metadata, fileName);
        _ = document.Leaves();
        return document;
    }

    /// <summary>Every value in document order (the order the MAC covers).</summary>
    /// <exception cref="SopsFormatException">Empty maps or lists.</exception>
    public IReadOnlyList<SopsLeaf> Leaves()
    {
        var leaves = new List<SopsLeaf>();
        Collect(Data, [], leaves);
        return leaves;
    }

    /// <summary>True when the value at <paramref name="leaf"/> is stored in plaintext by the unencrypted suffix.</summary>
    public bool IsUnencrypted(SopsLeaf leaf) => leaf.Path.Any(p => p.EndsWith(UnencryptedSuffix, StringComparison.Ordinal));

    /// <summary>Sets the stored text of the value at <paramref name="path"/>, creating maps on the way.</summary>
    public void SetStored(IReadOnlyList<string> path, string storedText)
    {
        var map = Data;
        foreach (var segment in path.Take(path.Count - 1))
        {
            switch (map.Get(segment))
            {
                case YamlMappingNode child:
                    map = child;
                    break;
                case null:
                    var created = new YamlMappingNode();
                    map.Set(segment, created);
                    map = created;
                    break;
                default:
                    throw new SopsFormatException($"{FileName}: '{segment}' holds a value, so '{string.Join('/', path)}' cannot be set below it");
            }
        }

        if (map.Get(path[^1]) is YamlMappingNode)
        {
            throw new SopsFormatException($"{FileName}: '{string.Join('/', path)}' is a map of other secrets, not a value");
        }

        map.Set(path[^1], new YamlScalarNode(storedText));
    }

    /// <summary>The age entries of the metadata: recipient and armored wrapped data key.</summary>
    public IReadOnlyList<(string Recipient, string Armored)> AgeEntries()
    {
        var result = new List<(string, string)>();
        if (Metadata.Get("age") is YamlSequenceNode ages)
        {
            foreach (var item in ages.Children)
            {
                if (item is YamlMappingNode entry && entry.GetText("recipient") is { } recipient && entry.GetText("enc") is { } enc)
                {
                    result.Add((recipient, enc));
                }
            }
        }

        return result;
    }

    /// <summary>The whole file: data, then metadata, as sops writes it.</summary>
    public string ToText()
    {
        var root = new YamlMappingNode(Data.Children);
        root.Set(MetadataKey, Metadata);
        return SopsYaml.Write(root);
    }

    private void Collect(YamlMappingNode map, List<string> path, List<SopsLeaf> leaves)
    {
        foreach (var (key, value) in map.Children)
        {
            path.Add(((YamlScalarNode)key).Value ?? "");
            CollectValue(value, path, leaves);
            path.RemoveAt(path.Count - 1);
        }
    }

    // List items share their list's path: sops leaves indices out of the additional data.
    private void CollectValue(YamlNode value, List<string> path, List<SopsLeaf> leaves)
    {
        switch (value)
        {
            case YamlMappingNode { Children.Count: > 0 } child:
                Collect(child, path, leaves);
                break;
            case YamlSequenceNode { Children.Count: > 0 } sequence:
                foreach (var item in sequence.Children)
                {
                    CollectValue(item, path, leaves);
                }

                break;
            case YamlScalarNode scalar:
                leaves.Add(new SopsLeaf(path.ToArray(), scalar));
                break;
            default:
                throw new SopsFormatException($"{FileName}:{value.Start.Line}: '{string.Join('/', path)}' is an empty map or list; sops cannot encrypt it");
        }
    }
}
