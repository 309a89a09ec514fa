namespace NixClaw.Generator.Model;

/// <summary>Tailscale settings.</summary>
internal sealed record TailscaleModel(string FieldName, string? AuthKeySecret, bool Ssh);
