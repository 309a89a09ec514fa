using NixClaw.Runtime.Gateway.Routing;
using NixClaw.Runtime.Gateway.State;
using NixClaw.Runtime.Mattermost;

namespace NixClaw.Runtime.Gateway.Chat;

/// <summary>Replies, typing and reply look-up through the Mattermost REST client.</summary>
internal sealed class MattermostOutbox(MattermostClient client, string botUserId) : IChatOutbox
{
    /// <inheritdoc/>
    public async Task<string> PostReplyAsync(InboundPost trigger, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        var post = await client.CreatePostAsync(trigger.ChannelId, text, trigger.ThreadRootId, cancellationToken).ConfigureAwait(false);
        return post.Id;
    }

    /// <inheritdoc/>
    public Task SendTypingAsync(string channelId, string parentId, CancellationToken cancellationToken) =>
        client.SendTypingAsync(channelId, parentId, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> FindBotRepliesAsync(InboundPost trigger, long sinceMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trigger);

        // since compares update_at, which is never before create_at, so every later reply is in the list.
        var posts = await client.GetPostsSinceAsync(trigger.ChannelId, sinceMs, cancellationToken).ConfigureAwait(false);
        return [.. posts.InChronologicalOrder()
            .Where(p => p.UserId == botUserId && p.RootId == trigger.ThreadRootId && p.CreateAt >= sinceMs && p.DeleteAt == 0 && !p.IsSystem)
            .Select(p => p.Id)];
    }

    /// <summary>The gateway's view of a post the listener delivered.</summary>
    public static InboundPost ToInbound(IncomingPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new InboundPost(post.Id, post.ChannelId, post.ChannelName, post.UserId, post.SenderName.TrimStart('@'), post.Message, post.RootId, post.CreateAt)
        {
            ChannelType = post.ChannelType,
            FromWebhook = post.FromWebhook,
        };
    }
}
