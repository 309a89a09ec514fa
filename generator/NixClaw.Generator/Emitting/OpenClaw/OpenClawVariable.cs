namespace NixClaw.Generator.Emitting.OpenClaw;

/// <summary>An environment variable the original OpenClaw gateway reads a secret from, and the sops key that fills it.</summary>
internal sealed record OpenClawVariable(string Name, string SecretKey);
