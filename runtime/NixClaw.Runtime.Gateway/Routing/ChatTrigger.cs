namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>
/// Decides whether a post addresses the bot, per chat mode (openclaw.md §5): <c>onmessage</c> answers every post,
/// <c>oncall</c> posts that mention <c>@bot</c> (the mention is removed), <c>onchar</c> posts starting with the
/// trigger prefix (the prefix is removed). Who may trigger at all is <see cref="SenderAllowlist"/>'s business (by user id).
/// </summary>
internal sealed class ChatTrigger
{
    public ChatTrigger(string chatMode, string botName, string triggerPrefix)
    {
        Mode = chatMode switch
        {
            "onmessage" or "oncall" or "onchar" => chatMode,
            _ => throw new GatewayConfigurationException($"Mattermost chat mode '{chatMode}' is not one of onmessage, oncall, onchar"),
        };
        if (Mode == "onchar" && string.IsNullOrEmpty(triggerPrefix))
        {
            throw new GatewayConfigurationException("Mattermost chat mode 'onchar' needs a trigger prefix");
        }

        BotName = botName.TrimStart('@');
        Prefix = triggerPrefix;
    }

    /// <summary><c>onmessage</c>, <c>oncall</c> or <c>onchar</c>.</summary>
    public string Mode { get; }

    /// <summary>Bot user name without <c>@</c>.</summary>
    public string BotName { get; }

    /// <summary>Prefix for <c>onchar</c>.</summary>
    public string Prefix { get; }

    /// <summary>The text for the agent, or null when the post does not address the bot in this mode.</summary>
    public string? Match(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (Mode)
        {
            case "onmessage":
                return message;
            case "onchar":
                return message.StartsWith(Prefix, StringComparison.Ordinal) ? message[Prefix.Length..].Trim() : null;
            default:
                var at = FindMention(message);
                if (at < 0)
                {
                    return null;
                }

                var stripped = (message[..at] + message[(at + BotName.Length + 1)..]).Trim();
                return stripped.Length == 0 ? message.Trim() : stripped;
        }
    }

    // "@bot" as a whole word: Mattermost user names are [a-z0-9._-], so "@botty" or "@bot.x" are other users.
    private int FindMention(string message)
    {
        var needle = "@" + BotName;
        for (var at = message.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = message.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + needle.Length;
            var startsWord = at == 0 || !IsNameChar(message[at - 1]);
            var endsWord = end == message.Length || !IsNameChar(message[end]) || (message[end] == '.' && (end + 1 == message.Length || !IsNameChar(message[end + 1])));
            if (startsWord && endsWord)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
