using System.Collections.Generic;

namespace NixClaw.Bindings;

/// <summary>The declared Mattermost server.</summary>
/// <param name="Url">Base URL without a trailing slash.</param>
/// <param name="Team">Team name or id.</param>
/// <param name="Bot">Bot user name.</param>
/// <param name="Token">Bot token secret.</param>
/// <param name="ChatMode"><c>onmessage</c>, <c>oncall</c> or <c>onchar</c>.</param>
/// <param name="TriggerPrefix">Prefix for <c>onchar</c>.</param>
/// <param name="Operators">Users added to every agent channel.</param>
/// <param name="AllowFrom">Users allowed to trigger agents; everyone when empty.</param>
/// <param name="PublicAgentChannels">Whether <c>agent new</c> creates public channels (default: private).</param>
public sealed record MattermostInfo(string Url, string Team, string Bot, SecretInfo Token, string ChatMode, string TriggerPrefix, IReadOnlyList<string> Operators, IReadOnlyList<string> AllowFrom, bool PublicAgentChannels = false);
