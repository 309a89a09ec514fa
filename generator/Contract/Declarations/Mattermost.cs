using System.Collections.Generic;

namespace NixClaw;

/// <summary>The Mattermost server the gateway connects to as a bot.</summary>
/// <param name="Url">Base URL, for example <c>https://mattermost.example.com</c>.</param>
/// <param name="Team">Team name (or id) the agents' channels live in.</param>
/// <param name="Bot">The bot account's user name, for example <c>operator</c>.</param>
/// <param name="Token">The bot's access token.</param>
public sealed record Mattermost(string Url, string Team, string Bot, Secret Token)
{
    /// <summary>When agents answer.</summary>
    public ChatMode ChatMode { get; init; } = ChatMode.OnMessage;

    /// <summary>Trigger prefix for <see cref="ChatMode.OnChar"/>.</summary>
    public string TriggerPrefix { get; init; } = ">";

    /// <summary>Human user names added to every agent channel.</summary>
    public IReadOnlyList<string> Operators { get; init; } = [];

    /// <summary>Only these user names may trigger agents; everyone when empty.</summary>
    public IReadOnlyList<string> AllowFrom { get; init; } = [];

    /// <summary>
    /// False (the default): the channels <c>agent new</c> creates are private, visible only to their members (the bot
    /// and <see cref="Operators"/>). True: public channels anyone in the team can find and join.
    /// </summary>
    public bool PublicAgentChannels { get; init; }
}
