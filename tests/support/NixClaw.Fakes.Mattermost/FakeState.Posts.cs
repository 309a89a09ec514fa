
namespace NixClaw.Fakes.Mattermost;

/// <summary>Posts: create (with pending_post_id de-duplication), patch, delete, read, and typing, with Mattermost's permission checks.</summary>
internal sealed partial class FakeState
{
    public (FakePost Post, bool Deduplicated) CreatePost(FakeUser caller, string channelId, string message, string rootId, string pendingPostId, string type)
    {
        if (type.StartsWith("system_", StringComparison.Ordinal))
        {
            throw new FakeApiException(400, "api.context.invalid_param.app_error", "Invalid or missing post.type in request body.");
        }

        if (!_channels.TryGetValue(channelId, out var channel))
        {
            throw InvalidParam("post.channel_id");
        }

        if (!CanPost(caller, channel))
        {
            throw Forbidden();
        }

        if (channel.DeleteAt > 0)
        {
            throw new FakeApiException(400, "api.post.create_post.can_not_post_to_deleted.error", "Can not post to deleted channel.");
        }

        if (message.EnumerateRunes().Count() > MaxMessageRunes)
        {
            throw new FakeApiException(400, "model.post.is_valid.message_length.app_error", "Message property is longer than the maximum permitted length.");
        }

        if (pendingPostId.Length > 0
            && _pendingPostIds.TryGetValue(pendingPostId, out var seen)
            && options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds() - seen.At < PendingPostWindow.TotalMilliseconds
            && _posts.TryGetValue(seen.PostId, out var first))
        {
            // Same pending_post_id within 30 s: the first post, no second event.
            return (first, true);
        }

        if (rootId.Length > 0)
        {
            if (!_posts.TryGetValue(rootId, out var root) || root.DeleteAt > 0 || root.RootId.Length > 0)
            {
                throw new FakeApiException(400, "api.post.create_post.root_id.app_error", "Invalid RootId parameter.");
            }

            if (root.ChannelId != channelId)
            {
                throw new FakeApiException(400, "api.post.create_post.channel_root_id.app_error", "Invalid ChannelId for RootId parameter.");
            }

            root.ReplyCount++;
        }

        var post = AddPost(channel, caller, rootId, message, "", pendingPostId);
        if (pendingPostId.Length > 0)
        {
            _pendingPostIds[pendingPostId] = (post.Id, options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        }

        return (post, false);
    }

    public FakePost PatchPost(FakeUser caller, string postId, string? message)
    {
        var post = GetPost(caller, postId);
        if (post.UserId != caller.Id && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        if (post.DeleteAt > 0)
        {
            throw new FakeApiException(400, "api.post.patch_post.deleted.app_error", "Cannot edit a deleted post.");
        }

        var channel = _channels[post.ChannelId];
        if (channel.DeleteAt > 0)
        {
            throw new FakeApiException(400, "api.post.patch_post.can_not_update_post_in_deleted.error", "Can not update a post in a deleted channel.");
        }

        if (message is not null)
        {
            post.Message = message;
        }

        post.EditAt = Now();
        post.UpdateAt = post.EditAt;
        hub.PublishToChannel(channel, "post_edited", new Dictionary<string, object?> { ["post"] = Serialize(post.ToWire()) });
        return post;
    }

    public void DeletePost(FakeUser caller, string postId)
    {
        var post = GetPost(caller, postId);
        if (post.UserId != caller.Id && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        if (post.DeleteAt > 0)
        {
            throw new FakeApiException(404, "app.post.get.app_error", "Unable to get the post.");
        }

        // The event carries the snapshot taken before the delete (delete_at 0, message intact).
        var snapshot = Serialize(post.ToWire());
        post.DeleteAt = Now();
        post.UpdateAt = post.DeleteAt;
        hub.PublishToChannel(_channels[post.ChannelId], "post_deleted", new Dictionary<string, object?> { ["post"] = snapshot, ["delete_by"] = caller.Id });
    }

    public FakePost GetPost(FakeUser caller, string postId)
    {
        var post = _posts.GetValueOrDefault(postId) ?? throw new FakeApiException(404, "app.post.get.app_error", "Unable to get the post.");
        GetChannel(caller, post.ChannelId);
        return post;
    }

    public IReadOnlyList<FakePost> PostsOf(string channelId) => _postsByChannel.GetValueOrDefault(channelId) ?? [];

    public void SendTyping(FakeUser caller, string userId, string channelId, string parentId)
    {
        if (userId != caller.Id && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        var channel = _channels.GetValueOrDefault(channelId) ?? throw InvalidParam("channel_id");
        if (!CanPost(caller, channel))
        {
            throw Forbidden();
        }

        hub.PublishToChannel(channel, "typing", new Dictionary<string, object?> { ["parent_id"] = parentId, ["user_id"] = caller.Id }, omitUserId: caller.Id);
    }
}
