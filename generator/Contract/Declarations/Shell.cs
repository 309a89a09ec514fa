namespace NixClaw;

/// <summary>Login shell of a user.</summary>
public enum Shell
{
    /// <summary>bash</summary>
    Bash,

    /// <summary>fish</summary>
    Fish,

    /// <summary>zsh</summary>
    Zsh,
}
