using NixClaw.Generator.Helpers;

namespace NixClaw.Generator.Model;

/// <summary>The Mattermost server; <see cref="ChatMode"/> is OpenClaw's spelling (<c>onmessage</c>, <c>oncall</c>, <c>onchar</c>).</summary>
internal sealed record MattermostModel(
    string FieldName,
    string Url,
    string Team,
    string Bot,
    string TokenSecret,
    string ChatMode,
    string TriggerPrefix,
    EquatableArray<string> Operators,
    EquatableArray<string> AllowFrom,
    bool PublicAgentChannels);
