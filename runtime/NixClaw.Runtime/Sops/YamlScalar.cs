namespace NixClaw.Runtime.Sops;

/// <summary>A scalar value.</summary>
/// <param name="value">The text (a plain empty scalar is YAML null).</param>
/// <param name="style">How it was or will be written.</param>
public sealed class YamlScalar(string value, YamlScalarStyle style = YamlScalarStyle.Plain) : YamlNode
{
    /// <summary>The text.</summary>
    public string Value { get; } = value;

    /// <summary>How it was or will be written.</summary>
    public YamlScalarStyle Style { get; } = style;
}
