namespace NixClaw.Runtime.Sops;

/// <summary>How a scalar is written; kept so a rewritten file changes only what was edited.</summary>
public enum YamlScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>"Double-quoted" with escapes.</summary>
    DoubleQuoted,

    /// <summary>'Single-quoted'.</summary>
    SingleQuoted,

    /// <summary>Literal block (<c>|</c>), as sops writes the age-wrapped data key.</summary>
    Literal,
}
