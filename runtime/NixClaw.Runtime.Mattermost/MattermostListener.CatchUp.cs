using System.Net;
using System.Text.Json;

namespace NixClaw.Runtime.Mattermost;

// Posts: parsing a posted event, delivery, and REST catch-up after events may have been lost.
public sealed partial class MattermostListener
{
    /// <summary>The post of a <c>posted</c> event, or null: not for us (problem null) or malformed (problem says why).</summary>
    private IncomingPost? ParsePosted(JsonElement data, out string? problem)
    {
        problem = null;
        if (!data.TryGetProperty("post", out var postElement) || postElement.ValueKind != JsonValueKind.String)
        {
            problem = "data.post is missing or not a string";
            return null;
        }

        // data.post is a JSON string holding the Post: parse twice.
        MattermostPost? post;
        try
        {
            post = JsonSerializer.Deserialize<MattermostPost>(postElement.GetString()!, MattermostJson.Options);
        }
        catch (JsonException ex)
        {
            problem = "data.post is not a valid post: " + ex.Message;
            return null;
        }

        // Explicit nulls override the record's defaults.
        if (post is null || post.Id is null || post.UserId is null || post.ChannelId is null || post.Message is null
            || post.Type is null || post.OriginalId is null || post.RootId is null)
        {
            problem = "data.post lacks id, user_id, channel_id or message";
            return null;
        }

        if (!IsUserPostForUs(post))
        {
            return null;
        }

        return new IncomingPost(
            post.Id,
            post.ChannelId,
            StringOf(data, "channel_name"),
            StringOf(data, "channel_type"),
            StringOf(data, "team_id"),
            post.UserId,
            StringOf(data, "sender_name"),
            post.Message,
            post.RootId,
            post.CreateAt,
            post.UpdateAt,
            FromCatchUp: false)
        {
            FromWebhook = post.FromWebhook,
        };
    }

    private bool IsUserPostForUs(MattermostPost post) =>
        post.UserId != BotUserId && post.Type.Length == 0 && post.OriginalId.Length == 0 && post.DeleteAt == 0 && post.Id.Length > 0;

    private void Deliver(IncomingPost? post)
    {
        if (post is not null && _recent.TryAdd(post.Id))
        {
            _posts.Writer.TryWrite(post);
        }
    }

    private async Task RequestCatchUpAsync(DateTimeOffset lostAt, CancellationToken cancellationToken)
    {
        var cursors = await _cursors.GetAllCursorsAsync(cancellationToken).ConfigureAwait(false);
        _catchUpRequests.Writer.TryWrite(new CatchUpRequest(lostAt, cursors));
    }

    private async Task CatchUpLoopAsync(CancellationToken stop)
    {
        while (await _catchUpRequests.Reader.WaitToReadAsync(stop).ConfigureAwait(false))
        {
            // Coalesce a burst of requests into one pass from the earliest loss time.
            CatchUpRequest? request = null;
            while (_catchUpRequests.Reader.TryRead(out var next))
            {
                request = request is null ? next : request.Merge(next);
            }

            for (var attempt = 0; request is not null && !await CatchUpAsync(request, stop).ConfigureAwait(false); attempt++)
            {
                // A channel could not be read (server down, 5xx after retries): try the whole pass again, later.
                // Posts already delivered are filtered by the recent-id set.
                var delay = RetryBackoff.Delay(attempt, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared.NextDouble());
                await Task.Delay(delay, _options.TimeProvider, stop).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One catch-up pass; false when some channel could not be read.</summary>
    private async Task<bool> CatchUpAsync(CatchUpRequest request, CancellationToken stop)
    {
        var complete = true;
        var cursors = request.Cursors;
        var channels = new SortedSet<string>(cursors.Keys, StringComparer.Ordinal);
        try
        {
            foreach (var channelId in await ChannelsToCatchUpAsync(stop).ConfigureAwait(false))
            {
                channels.Add(channelId);
            }
        }
        catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or TimeoutException)
        {
            Log.CatchUpFailed(_logger, "(channel list)", ex.Message);
            complete = false;
        }

        var fallbackSince = (request.LostAt - _options.CatchUpSlack).ToUnixTimeMilliseconds();
        var delivered = 0;
        foreach (var channelId in channels)
        {
            try
            {
                var since = cursors.TryGetValue(channelId, out var cursor) ? cursor : fallbackSince;
                var list = await _client.GetPostsSinceAsync(channelId, since, stop).ConfigureAwait(false);
                foreach (var post in list.InChronologicalOrder())
                {
                    // Posts created before the cursor but edited since are not new messages.
                    if (IsUserPostForUs(post) && post.CreateAt > since)
                    {
                        var incoming = await ToIncomingAsync(post, stop).ConfigureAwait(false);
                        if (_recent.TryAdd(incoming.Id))
                        {
                            _posts.Writer.TryWrite(incoming);
                            delivered++;
                        }
                    }
                }
            }
            catch (MattermostApiException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                // Deleted channel or no longer a member: nothing to catch up there.
                Log.CatchUpFailed(_logger, channelId, ex.Message);
            }
            catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or TimeoutException or InvalidDataException)
            {
                Log.CatchUpFailed(_logger, channelId, ex.Message);
                complete = false;
            }
        }

        Log.CaughtUp(_logger, channels.Count, delivered);
        if (complete)
        {
            SetStatus(s => s with { LastCatchUpAt = _options.TimeProvider.GetUtcNow(), CatchUps = s.CatchUps + 1 });
        }

        return complete;
    }

    private async Task<IEnumerable<string>> ChannelsToCatchUpAsync(CancellationToken stop)
    {
        if (_options.CatchUpChannels is { } custom)
        {
            return await custom(stop).ConfigureAwait(false);
        }

        var ids = new List<string>();
        foreach (var team in await _client.GetMyTeamsAsync(stop).ConfigureAwait(false))
        {
            foreach (var channel in await _client.GetMyChannelsAsync(team.Id, stop).ConfigureAwait(false))
            {
                _channelCache[channel.Id] = channel;
                if (!channel.IsArchived)
                {
                    ids.Add(channel.Id);
                }
            }
        }

        return ids;
    }

    private async Task<IncomingPost> ToIncomingAsync(MattermostPost post, CancellationToken stop)
    {
        if (!_channelCache.TryGetValue(post.ChannelId, out var channel))
        {
            channel = await _client.GetChannelAsync(post.ChannelId, stop).ConfigureAwait(false);
            _channelCache[post.ChannelId] = channel;
        }

        if (!_senderCache.TryGetValue(post.UserId, out var sender))
        {
            var user = await _client.GetUserAsync(post.UserId, stop).ConfigureAwait(false);
            sender = "@" + user.Username;
            _senderCache[post.UserId] = sender;
        }

        return new IncomingPost(
            post.Id, post.ChannelId, channel.Name, channel.Type, channel.TeamId, post.UserId, sender, post.Message,
            post.RootId, post.CreateAt, post.UpdateAt, FromCatchUp: true)
        {
            FromWebhook = post.FromWebhook,
        };
    }
}
