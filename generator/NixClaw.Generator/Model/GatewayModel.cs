namespace NixClaw.Generator.Model;

/// <summary>The gateway process; <see cref="FieldName"/> is null when the defaults were not declared explicitly.</summary>
internal sealed record GatewayModel(string? FieldName, int Port, string LogPath, string? AuthTokenSecret, string WorkspacesDirectory);
