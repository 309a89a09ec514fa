using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NixClaw.Sops;

/// <summary>
/// Reads and writes the YAML of a sops file with YamlDotNet. Maps keep their entry order, because the MAC
/// covers the values in document order.
/// </summary>
/// <remarks>
/// The written layout is block style with four-space indentation like sops's, but not byte for byte: YamlDotNet
/// puts the first key of a map inside a list at the list's indentation (<c>-   recipient: age1...</c>) where sops
/// writes <c>- recipient: age1...</c>. Both are the same YAML document; sops, sops-nix and the MAC (which covers
/// values only) read them alike, so nothing here depends on sops's exact bytes.
/// </remarks>
public static class SopsYaml
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="fileName"/> and the line appear in every error.</summary>
    /// <exception cref="SopsFormatException">Malformed YAML, more than one document, a root that is not a map,
    /// keys that are not scalars, or anchors, aliases and tags.</exception>
    public static YamlMappingNode Load(string text, string fileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages name the construct, never the text of the line (which could be a secret).
            throw new SopsFormatException($"{fileName}:{e.Start.Line}: {e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents.Count > 1)
        {
            throw new SopsFormatException($"{fileName}:{stream.Documents[1].RootNode.Start.Line}: a sops file holds one YAML document");
        }

        var root = stream.Documents[0].RootNode;
        foreach (var node in root.AllNodes)
        {
            RefuseAnchorsAndTags(node, fileName);
            if (node is YamlMappingNode map && map.Children.Keys.FirstOrDefault(k => k is not YamlScalarNode) is { } complexKey)
            {
                throw new SopsFormatException($"{fileName}:{complexKey.Start.Line}: keys must be plain text");
            }
        }

        return root as YamlMappingNode
            ?? throw new SopsFormatException($"{fileName}:{root.Start.Line}: expected 'key: value' (the document must be a map of keys)");
    }

    /// <summary>The document text in block style, ending with a newline.</summary>
    public static string Write(YamlMappingNode root)
    {
        var text = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(text, new EmitterSettings(
            bestIndent: 4, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, skipAnchorName: false, indentSequences: true, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root);
        // Implicit end: YamlStream.Save would close the document with "...", which sops never writes.
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The text of the scalar at <paramref name="key"/>, or null when absent or not a scalar.</summary>
    public static string? GetText(this YamlMappingNode map, string key) => (map.Get(key) as YamlScalarNode)?.Value;

    /// <summary>Replaces the value of <paramref name="key"/> in place (keeping the entry's position), or appends it.</summary>
    public static void Set(this YamlMappingNode map, string key, YamlNode value) => map.Children[new YamlScalarNode(key)] = value;

    private static void RefuseAnchorsAndTags(YamlNode node, string fileName)
    {
        // A value reached through an alias would be encrypted under a path it does not have; tags change types sops
        // would write back as strings. Refused rather than guessed.
        if (!node.Anchor.IsEmpty || !node.Tag.IsEmpty)
        {
            throw new SopsFormatException($"{fileName}:{node.Start.Line}: anchors, aliases and tags are not supported in a secrets file");
        }
    }

    private static void Emit(IEmitter emitter, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in map.Children)
                {
                    Emit(emitter, key);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case YamlSequenceNode sequence:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in sequence.Children)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, scalar.Value ?? "", StyleOf(scalar), isPlainImplicit: true, isQuotedImplicit: true));
                break;
        }
    }

    // A new value keeps one line: plain when YamlDotNet finds that safe (it quotes otherwise), double-quoted with
    // escapes when it holds a line break. Parsed values keep the style they were read with.
    private static ScalarStyle StyleOf(YamlScalarNode scalar) => scalar.Style switch
    {
        ScalarStyle.Any or ScalarStyle.Plain when scalar.Value?.Contains('\n', StringComparison.Ordinal) == true => ScalarStyle.DoubleQuoted,
        ScalarStyle.Any => ScalarStyle.Plain,
        var style => style,
    };
}
