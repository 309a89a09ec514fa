using NixClaw.Runtime.Gateway.State;

namespace NixClaw.Runtime.Gateway.Routing;

/// <summary>What the gateway sends back to the chat server.</summary>
internal interface IChatOutbox
{
    /// <summary>Posts <paramref name="text"/> in the thread of <paramref name="trigger"/>; returns the new post's id.</summary>
    Task<string> PostReplyAsync(InboundPost trigger, string text, CancellationToken cancellationToken);

    /// <summary>Shows the bot as typing in the thread.</summary>
    Task SendTypingAsync(string channelId, string parentId, CancellationToken cancellationToken);

    /// <summary>
    /// Ids of the bot's posts in the trigger's thread created at or after <paramref name="sinceMs"/>. Asked once
    /// per post an earlier run claimed but never recorded as answered, so a reply posted just before a crash is
    /// recorded instead of posted again.
    /// </summary>
    Task<IReadOnlyList<string>> FindBotRepliesAsync(InboundPost trigger, long sinceMs, CancellationToken cancellationToken);
}
