namespace NixClaw;

/// <summary>Nix system double of a host.</summary>
public enum Platform
{
    /// <summary><c>x86_64-linux</c></summary>
    X86_64Linux,

    /// <summary><c>aarch64-linux</c></summary>
    Aarch64Linux,
}
