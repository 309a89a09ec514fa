namespace NixClaw.Runtime.Sops;

/// <summary>A node of the small YAML subset sops files use: maps, sequences and scalars.</summary>
public abstract class YamlNode
{
    /// <summary>1-based line the node starts on (0 for nodes built in code).</summary>
    public int Line { get; init; }
}
