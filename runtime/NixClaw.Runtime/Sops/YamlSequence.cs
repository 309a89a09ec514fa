namespace NixClaw.Runtime.Sops;

/// <summary>A block sequence (<c>- item</c>).</summary>
public sealed class YamlSequence : YamlNode
{
    /// <summary>The items in order.</summary>
    public List<YamlNode> Items { get; } = [];
}
