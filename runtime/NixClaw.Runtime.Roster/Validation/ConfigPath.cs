using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NixClaw.Runtime.Roster.Validation;

/// <summary>
/// A path into a roster file, shown the way OpenClaw shows config paths (<c>bindings[1].match</c>,
/// <c>agents.entries.coder</c>) and usable as a <see cref="NixClaw.Json5.Json5Document"/> path inside the file.
/// </summary>
internal sealed class ConfigPath
{
    private readonly string _root;
    private readonly ImmutableArray<(string Name, bool IsIndex)> _segments;

    private ConfigPath(string root, ImmutableArray<(string Name, bool IsIndex)> segments)
    {
        _root = root;
        _segments = segments;
    }

    /// <summary>The path of a file's root value, named as OpenClaw names the included key.</summary>
    public static ConfigPath Root(string name) => new(name, []);

    /// <summary>Member <paramref name="name"/> of this object.</summary>
    public ConfigPath Member(string name) => new(_root, _segments.Add((name, false)));

    /// <summary>Element <paramref name="index"/> of this array.</summary>
    public ConfigPath Index(int index) => new(_root, _segments.Add((index.ToString(CultureInfo.InvariantCulture), true)));

    /// <summary>The segments inside the file, as <see cref="NixClaw.Json5.Json5Document"/> paths take them.</summary>
    public IReadOnlyList<string> InFile => [.. _segments.Select(s => s.Name)];

    /// <summary>The parent path, or null for the root.</summary>
    public ConfigPath? Parent => _segments.IsEmpty ? null : new(_root, _segments.RemoveAt(_segments.Length - 1));

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder(_root);
        foreach (var (name, isIndex) in _segments)
        {
            _ = isIndex ? sb.Append('[').Append(name).Append(']') : sb.Append('.').Append(name);
        }

        return sb.ToString();
    }
}
