using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>An agent with its model resolved (the default model when none was named) and its tools by OpenClaw name.</summary>
internal sealed record AgentModel(
    string FieldName,
    string Id,
    string DisplayName,
    string Channel,
    string Model,
    EquatableArray<string> Tools,
    string? WebSearchKeySecret,
    int WebSearchMaxResults,
    SandboxModel Sandbox,
    string WorkspaceTemplate,
    int SyncIntervalMinutes,
    int MaxTurns);
