using System.Text.Json;
using System.Text.RegularExpressions;

namespace NixClaw.Fakes.Mattermost;

/// <summary>
/// The fake's in-memory data and the Mattermost rules that govern it (apis.md §1.6–1.8). Every operation runs under
/// one lock, and WebSocket events are published under it too, so event order equals commit order.
/// </summary>
internal sealed partial class FakeState(MattermostFakeOptions options, FakeWebSocketHub hub)
{
    private const int MaxMessageRunes = 16383;
    private static readonly TimeSpan PendingPostWindow = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, FakeUser> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeUser> _usersByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeTeam> _teams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeChannel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakePost> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FakePost>> _postsByChannel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string PostId, long At)> _pendingPostIds = new(StringComparer.Ordinal);
    private long _lastTimestamp;

    public Lock Gate { get; } = new();

    public FakeWebSocketHub Hub => hub;

    public MattermostFakeOptions Options => options;

    /// <summary>
    /// Current time in Unix ms, strictly increasing so that every change has its own <c>update_at</c> (a real server
    /// may give two posts the same millisecond; the fake avoids it so cursor tests are exact).
    /// </summary>
    public long Now()
    {
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        _lastTimestamp = Math.Max(now, _lastTimestamp + 1);
        return _lastTimestamp;
    }

    public FakeUser AddUser(string username, bool isBot, bool isSystemAdmin, string? token)
    {
        lock (Gate)
        {
            if (_users.Values.Any(u => u.Username == username))
            {
                throw new InvalidOperationException($"A user named '{username}' already exists.");
            }

            var user = new FakeUser(FakeIds.New(), username, isBot, isSystemAdmin, token ?? FakeIds.New(), Now());
            _users[user.Id] = user;
            _usersByToken[user.Token] = user;
            return user;
        }
    }

    public FakeUser? UserByToken(string token)
    {
        lock (Gate)
        {
            return _usersByToken.GetValueOrDefault(token);
        }
    }

    public FakeUser? GetUserOrNull(string id) => _users.GetValueOrDefault(id);

    public FakeUser GetUser(string id) =>
        _users.GetValueOrDefault(id) ?? throw new FakeApiException(404, "app.user.missing_account.const", "Unable to find the user.");

    public FakeUser GetUserByUsername(string username) =>
        _users.Values.FirstOrDefault(u => u.Username == username)
        ?? throw new FakeApiException(404, "app.user.get_by_username.app_error", "Unable to find an existing account matching your username for this team.");

    public FakeTeam AddTeam(string name)
    {
        lock (Gate)
        {
            var team = new FakeTeam(FakeIds.New(), name, Now());
            _teams[team.Id] = team;
            return team;
        }
    }

    public FakeTeam GetTeam(string id) =>
        _teams.GetValueOrDefault(id) ?? throw new FakeApiException(404, "app.team.get.find.app_error", "We couldn't find the existing team.");

    public FakeTeam GetTeamByName(FakeUser caller, string name)
    {
        var team = _teams.Values.FirstOrDefault(t => t.Name == name)
            ?? throw new FakeApiException(404, "app.team.get_by_name.missing.app_error", "We couldn't find the existing team.");
        return team;
    }

    public IEnumerable<FakeTeam> TeamsOf(string userId) => _teams.Values.Where(t => t.Members.Contains(userId)).OrderBy(t => t.Name, StringComparer.Ordinal);

    public void AddTeamMember(FakeTeam team, FakeUser user, bool admin)
    {
        team.Members.Add(user.Id);
        if (admin)
        {
            team.Admins.Add(user.Id);
        }
    }

    public FakeChannel GetChannel(FakeUser caller, string id)
    {
        var channel = _channels.GetValueOrDefault(id) ?? throw ChannelNotFound();
        if (!CanRead(caller, channel))
        {
            throw new FakeApiException(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");
        }

        return channel;
    }

    public FakeChannel GetChannelByName(FakeUser caller, FakeTeam team, string name, bool includeDeleted)
    {
        var channel = _channels.Values.FirstOrDefault(c => c.TeamId == team.Id && c.Name == name);
        if (channel is null || (channel.DeleteAt > 0 && !includeDeleted) || (channel.Type == "P" && !CanRead(caller, channel)))
        {
            // A private channel the caller cannot read is reported as missing, not forbidden.
            throw new FakeApiException(404, "app.channel.get_by_name.missing.app_error", "Channel does not exist.");
        }

        if (!team.Members.Contains(caller.Id) && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        return channel;
    }

    public IEnumerable<FakeChannel> ChannelsOf(string userId, string teamId) =>
        _channels.Values.Where(c => c.TeamId == teamId && c.Members.ContainsKey(userId)).OrderBy(c => c.Name, StringComparer.Ordinal);

    public FakeChannel CreateChannel(FakeUser caller, string teamId, string name, string displayName, string type, string purpose, string header)
    {
        if (string.IsNullOrEmpty(teamId))
        {
            throw InvalidParam("team_id");
        }

        if (string.IsNullOrWhiteSpace(displayName))
        {
            throw InvalidParam("display_name");
        }

        if (type is not ("O" or "P"))
        {
            throw InvalidParam("type");
        }

        if (displayName.Trim().EnumerateRunes().Count() > 64)
        {
            throw new FakeApiException(400, "model.channel.is_valid.display_name.app_error", "Invalid display name.");
        }

        if (!NamePattern().IsMatch(name))
        {
            throw new FakeApiException(400, "model.channel.is_valid.1_or_more.app_error", "Name must be 1 or more lowercase alphanumeric characters.");
        }

        if (DirectLikePattern().IsMatch(name) || HexPattern().IsMatch(name))
        {
            throw new FakeApiException(400, "model.channel.is_valid.name.app_error", "Invalid channel name.");
        }

        if (name.Length > 64)
        {
            // The real server has no check; its 64-wide column fails the insert.
            throw new FakeApiException(500, "app.channel.create_channel.internal_error", "Unable to save channel.");
        }

        var team = GetTeam(teamId);
        if (!team.Members.Contains(caller.Id) && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        // Uniqueness ignores delete_at: an archived channel blocks its name.
        if (_channels.Values.Any(c => c.TeamId == teamId && c.Name == name))
        {
            throw new FakeApiException(400, "store.sql_channel.save_channel.exists.app_error", "A channel with that name already exists on the same team.");
        }

        var channel = new FakeChannel(FakeIds.New(), teamId, name, displayName.Trim(), type, caller.Id, Now())
        {
            Purpose = purpose,
            Header = header,
        };
        _channels[channel.Id] = channel;
        _postsByChannel[channel.Id] = [];
        channel.Members[caller.Id] = "channel_user channel_admin";
        hub.PublishToUser(caller.Id, "channel_created", new Dictionary<string, object?> { ["channel_id"] = channel.Id, ["team_id"] = teamId }, channel.Id, teamId);
        AddSystemPost(channel, caller, "system_join_channel", $"@{caller.Username} joined the channel.");
        return channel;
    }

    public void ArchiveChannel(FakeUser caller, string id, bool permanent)
    {
        var channel = _channels.GetValueOrDefault(id) ?? throw ChannelNotFound();
        if (permanent)
        {
            if (!options.EnableApiChannelDeletion)
            {
                throw new FakeApiException(401, "api.user.delete_channel.not_enabled.app_error", "Permanent channel deletion feature is not enabled.");
            }

            RequireManage(caller, channel);
            _channels.Remove(id);
            foreach (var post in _postsByChannel[id])
            {
                _posts.Remove(post.Id);
            }

            _postsByChannel.Remove(id);
            return;
        }

        RequireManage(caller, channel);
        if (channel.DeleteAt > 0)
        {
            throw new FakeApiException(400, "api.channel.delete_channel.deleted.app_error", "The channel has been archived or deleted.");
        }

        if (channel.Name == "town-square")
        {
            throw new FakeApiException(400, "api.channel.delete_channel.cannot.app_error", "Unable to delete the default channel town-square.");
        }

        AddSystemPost(channel, caller, "system_channel_deleted", $"@{caller.Username} archived the channel");
        channel.DeleteAt = Now();
        channel.UpdateAt = channel.DeleteAt;
        hub.PublishToTeam(GetTeam(channel.TeamId), "channel_deleted", new Dictionary<string, object?> { ["channel_id"] = id, ["delete_at"] = channel.DeleteAt }, id);
    }

    public FakeChannel RestoreChannel(FakeUser caller, string id)
    {
        var channel = _channels.GetValueOrDefault(id) ?? throw ChannelNotFound();
        var team = GetTeam(channel.TeamId);
        if (!team.Admins.Contains(caller.Id) && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        if (channel.DeleteAt == 0)
        {
            throw new FakeApiException(400, "api.channel.restore_channel.restored.app_error", "Unable to unarchive channel. The channel is not archived.");
        }

        channel.DeleteAt = 0;
        channel.UpdateAt = Now();
        hub.PublishToTeam(team, "channel_restored", new Dictionary<string, object?> { ["channel_id"] = id }, id);
        AddSystemPost(channel, caller, "system_channel_restored", $"@{caller.Username} unarchived the channel");
        return channel;
    }

    public IReadOnlyList<string> AddChannelMembers(FakeUser caller, string channelId, IReadOnlyList<string> userIds)
    {
        var channel = _channels.GetValueOrDefault(channelId) ?? throw ChannelNotFound();
        if (channel.Type == "P" && !channel.Members.ContainsKey(caller.Id) && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        var team = GetTeam(channel.TeamId);
        if (!team.Members.Contains(caller.Id) && !caller.IsSystemAdmin)
        {
            throw Forbidden();
        }

        if (channel.DeleteAt > 0)
        {
            throw new FakeApiException(400, "api.channel.add_user_to_channel.deleted.app_error", "The channel has been archived or deleted.");
        }

        var added = new List<string>();
        FakeApiException? firstError = null;
        foreach (var userId in userIds)
        {
            if (!_users.TryGetValue(userId, out var user))
            {
                firstError ??= new FakeApiException(404, "app.user.missing_account.const", "Unable to find the user.");
                continue;
            }

            if (!team.Members.Contains(userId))
            {
                firstError ??= new FakeApiException(400, "api.channel.add_members.user_denied", "Channel membership denied to the following users because they are not on the team.");
                continue;
            }

            added.Add(userId);
            if (channel.Members.TryAdd(userId, "channel_user"))
            {
                hub.PublishToChannel(channel, "user_added", new Dictionary<string, object?> { ["user_id"] = userId, ["team_id"] = channel.TeamId });
                AddSystemPost(channel, caller, userId == caller.Id ? "system_join_channel" : "system_add_to_channel",
                    userId == caller.Id ? $"@{user.Username} joined the channel." : $"@{user.Username} added to the channel by @{caller.Username}.");
            }
        }

        if (added.Count == 0 && firstError is not null)
        {
            throw firstError;
        }

        return added;
    }

    public bool CanRead(FakeUser caller, FakeChannel channel) =>
        caller.IsSystemAdmin
        || channel.Members.ContainsKey(caller.Id)
        || (channel.Type == "O" && _teams.TryGetValue(channel.TeamId, out var team) && team.Members.Contains(caller.Id));

    public static FakeApiException InvalidParam(string name) =>
        new(400, "api.context.invalid_body_param.app_error", $"Invalid or missing {name} in request body.");

    public static FakeApiException InvalidUrlParam(string name) =>
        new(400, "api.context.invalid_url_param.app_error", $"Invalid or missing {name} parameter in request URL.");

    public static FakeApiException Forbidden() =>
        new(403, "api.context.permissions.app_error", "You do not have the appropriate permissions.");

    public static string Serialize(object value) => JsonSerializer.Serialize(value);

    private bool CanPost(FakeUser caller, FakeChannel channel) =>
        channel.Members.ContainsKey(caller.Id) || (channel.Type == "O" && CanRead(caller, channel));

    private void RequireManage(FakeUser caller, FakeChannel channel)
    {
        var team = GetTeam(channel.TeamId);
        if (!caller.IsSystemAdmin && !team.Admins.Contains(caller.Id) && !channel.Members.ContainsKey(caller.Id)
            && !(channel.Type == "O" && team.Members.Contains(caller.Id)))
        {
            throw Forbidden();
        }
    }

    private void AddSystemPost(FakeChannel channel, FakeUser actor, string type, string message) =>
        AddPost(channel, actor, "", message, type, "");

    /// <summary>An incoming-webhook post: authored by the webhook's creator, shown under any name the caller picks.</summary>
    public FakePost AddWebhookPost(FakeUser creator, FakeChannel channel, string message, string overrideUsername) =>
        AddPost(channel, creator, "", message, "", "", overrideUsername);

    private FakePost AddPost(FakeChannel channel, FakeUser author, string rootId, string message, string type, string pendingPostId, string? overrideUsername = null)
    {
        var post = new FakePost(FakeIds.New(), channel.Id, author.Id, rootId, message, type, pendingPostId, Now()) { WebhookOverrideUsername = overrideUsername };
        _posts[post.Id] = post;
        _postsByChannel[channel.Id].Add(post);
        channel.LastPostAt = post.CreateAt;
        channel.TotalMessages++;
        hub.PublishPosted(channel, post, author, GetTeam(channel.TeamId));
        return post;
    }

    private static FakeApiException ChannelNotFound() =>
        new(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.");

    [GeneratedRegex(@"^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^[a-z0-9]{26}__[a-z0-9]{26}$")]
    private static partial Regex DirectLikePattern();

    [GeneratedRegex("^[a-f0-9]{40}$")]
    private static partial Regex HexPattern();
}
