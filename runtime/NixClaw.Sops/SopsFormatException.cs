namespace NixClaw.Sops;

/// <summary>A secrets file that is not the YAML or sops structure expected; the message names the line.</summary>
public sealed class SopsFormatException(string message) : Exception(message);
