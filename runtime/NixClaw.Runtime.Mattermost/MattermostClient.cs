using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Contract;

namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// Mattermost REST v4 client: bearer auth, typed errors (<see cref="MattermostApiException"/>), and retries with
/// backoff only where a repeat cannot do harm: a 429 always (the server did not process the request), 5xx, timeouts and
/// connection failures only for idempotent calls (reads, typing, member add, archive/restore, and new posts that carry
/// a <c>pending_post_id</c>). Channel creation is never retried; recover with <see cref="FindChannelByNameAsync"/>.
/// </summary>
public sealed partial class MattermostClient : IDisposable
{
    private const string ApiPrefix = "api/v4/";
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly ILogger _logger;
    private readonly Uri _apiBase;
    private MattermostUser? _me;
    private long _lastPendingPostMs;

    /// <summary>Creates a client; when <paramref name="httpClient"/> is null the client owns a new one.</summary>
    public MattermostClient(MattermostClientOptions options, HttpClient? httpClient = null, ILogger<MattermostClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient();
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        ServerBaseUrl = NormalizeBaseUrl(options.BaseUrl);
        _apiBase = new Uri(ServerBaseUrl, ApiPrefix);
    }

    /// <summary>The options this client was created with.</summary>
    public MattermostClientOptions Options { get; }

    /// <summary>Server root (no <c>/api/v4</c>), ending with '/'.</summary>
    public Uri ServerBaseUrl { get; }

    /// <summary>The WebSocket endpoint (<c>ws(s)://.../api/v4/websocket</c>).</summary>
    public Uri WebSocketUrl
    {
        get
        {
            var builder = new UriBuilder(new Uri(_apiBase, "websocket"));
            builder.Scheme = builder.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
            return builder.Uri;
        }
    }

    /// <summary><c>GET /users/me</c>; the result is cached for <see cref="CreatePostAsync"/>'s pending post ids.</summary>
    public async Task<MattermostUser> GetMeAsync(CancellationToken cancellationToken = default)
    {
        var me = await SendAsync<MattermostUser>(HttpMethod.Get, "users/me", null, true, cancellationToken).ConfigureAwait(false);
        _me = me;
        return me;
    }

    /// <summary><c>GET /users/{id}</c>.</summary>
    public Task<MattermostUser> GetUserAsync(string userId, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostUser>(HttpMethod.Get, $"users/{Segment(userId)}", null, true, cancellationToken);

    /// <summary><c>GET /users/username/{username}</c>; 404 throws <see cref="MattermostApiException"/>.</summary>
    public Task<MattermostUser> GetUserByUsernameAsync(string username, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostUser>(HttpMethod.Get, $"users/username/{Segment(username.TrimStart('@'))}", null, true, cancellationToken);

    /// <summary><c>GET /users/username/{username}</c>, null when there is no such user.</summary>
    public Task<MattermostUser?> FindUserByUsernameAsync(string username, CancellationToken cancellationToken = default) =>
        OrNullOn404(GetUserByUsernameAsync(username, cancellationToken));

    /// <summary><c>GET /users/me/teams</c>: teams the bot belongs to.</summary>
    public async Task<IReadOnlyList<MattermostTeam>> GetMyTeamsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<MattermostTeam>>(HttpMethod.Get, "users/me/teams", null, true, cancellationToken).ConfigureAwait(false);

    /// <summary><c>GET /teams/name/{name}</c>; 404 throws.</summary>
    public Task<MattermostTeam> GetTeamByNameAsync(string name, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostTeam>(HttpMethod.Get, $"teams/name/{Segment(name)}", null, true, cancellationToken);

    /// <summary><c>POST /teams/{team_id}/members</c>: adds a user to a team (needed before adding them to a channel).</summary>
    public Task AddTeamMemberAsync(string teamId, string userId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"teams/{Segment(teamId)}/members", new { team_id = teamId, user_id = userId }, true, cancellationToken);

    /// <summary><c>GET /channels/{id}</c> (archived channels included); 404 throws.</summary>
    public Task<MattermostChannel> GetChannelAsync(string channelId, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostChannel>(HttpMethod.Get, $"channels/{Segment(channelId)}", null, true, cancellationToken);

    /// <summary>
    /// <c>GET /teams/{team_id}/channels/name/{name}</c>; null when not found (or private and unreadable). With
    /// <paramref name="includeDeleted"/> an archived channel is returned too (check <see cref="MattermostChannel.IsArchived"/>).
    /// </summary>
    public Task<MattermostChannel?> FindChannelByNameAsync(string teamId, string name, bool includeDeleted, CancellationToken cancellationToken = default)
    {
        var path = $"teams/{Segment(teamId)}/channels/name/{Segment(name)}";
        if (includeDeleted)
        {
            path += "?include_deleted=true";
        }

        return OrNullOn404(SendAsync<MattermostChannel>(HttpMethod.Get, path, null, true, cancellationToken));
    }

    /// <summary>
    /// <c>POST /channels</c>. Not retried after a 5xx or a lost connection (a repeat would fail as a duplicate):
    /// on failure look the name up with <see cref="FindChannelByNameAsync"/>. The name is checked locally first.
    /// </summary>
    public Task<MattermostChannel> CreateChannelAsync(
        string teamId, string name, string displayName, bool isPrivate = false, string? purpose = null, string? header = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamId);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        if (ChannelNameRule.Problem(name) is { } problem)
        {
            throw new ArgumentException($"Invalid Mattermost channel name '{name}': {problem}.", nameof(name));
        }

        var body = new Dictionary<string, string>
        {
            ["team_id"] = teamId,
            ["name"] = name,
            ["display_name"] = displayName,
            ["type"] = isPrivate ? MattermostChannelTypes.Private : MattermostChannelTypes.Open,
        };
        if (purpose is not null)
        {
            body["purpose"] = purpose;
        }

        if (header is not null)
        {
            body["header"] = header;
        }

        return SendAsync<MattermostChannel>(HttpMethod.Post, "channels", body, false, cancellationToken);
    }

    /// <summary>
    /// <c>DELETE /channels/{id}</c> (archive; members and posts are kept). Idempotent: a channel that is already
    /// archived is not an error.
    /// </summary>
    public async Task ArchiveChannelAsync(string channelId, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync<JsonElement>(HttpMethod.Delete, $"channels/{Segment(channelId)}", null, true, cancellationToken).ConfigureAwait(false);
        }
        catch (MattermostApiException ex) when (ex.ErrorId == "api.channel.delete_channel.deleted.app_error")
        {
            // Already archived, possibly by an earlier attempt whose response was lost.
        }
    }

    /// <summary>
    /// <c>POST /channels/{id}/restore</c> (unarchive; needs a team-admin bot). Idempotent: an active channel is
    /// returned as it is.
    /// </summary>
    public async Task<MattermostChannel> RestoreChannelAsync(string channelId, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SendAsync<MattermostChannel>(HttpMethod.Post, $"channels/{Segment(channelId)}/restore", null, true, cancellationToken).ConfigureAwait(false);
        }
        catch (MattermostApiException ex) when (ex.ErrorId == "api.channel.restore_channel.restored.app_error")
        {
            return await GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>POST /channels/{id}/members</c>; idempotent on the server (an existing member is returned).</summary>
    public Task<MattermostChannelMember> AddChannelMemberAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostChannelMember>(HttpMethod.Post, $"channels/{Segment(channelId)}/members", new { user_id = userId }, true, cancellationToken);

    /// <summary><c>GET /channels/{id}/members</c>, every page.</summary>
    public async Task<IReadOnlyList<MattermostChannelMember>> GetChannelMembersAsync(string channelId, CancellationToken cancellationToken = default)
    {
        const int perPage = 200;
        var all = new List<MattermostChannelMember>();
        for (var page = 0; ; page++)
        {
            var batch = await SendAsync<List<MattermostChannelMember>>(
                HttpMethod.Get, $"channels/{Segment(channelId)}/members?page={page}&per_page={perPage}", null, true, cancellationToken).ConfigureAwait(false);
            all.AddRange(batch);
            if (batch.Count < perPage)
            {
                return all;
            }
        }
    }

    /// <summary><c>GET /channels/{id}/members/{user_id}</c>: whether the user is a member.</summary>
    public async Task<bool> IsChannelMemberAsync(string channelId, string userId, CancellationToken cancellationToken = default) =>
        await OrNullOn404(SendAsync<MattermostChannelMember>(
            HttpMethod.Get, $"channels/{Segment(channelId)}/members/{Segment(userId)}", null, true, cancellationToken)).ConfigureAwait(false) is not null;

    /// <summary><c>GET /users/me/teams/{team_id}/channels</c>: channels the bot is a member of (404 = none).</summary>
    public async Task<IReadOnlyList<MattermostChannel>> GetMyChannelsAsync(string teamId, CancellationToken cancellationToken = default) =>
        await OrNullOn404(SendAsync<List<MattermostChannel>>(
            HttpMethod.Get, $"users/me/teams/{Segment(teamId)}/channels", null, true, cancellationToken)).ConfigureAwait(false) ?? [];

    /// <summary>
    /// <c>POST /posts</c>; <paramref name="rootId"/> makes it a reply in that thread (it must be the root post's id).
    /// With <see cref="MattermostClientOptions.UsePendingPostIds"/> a unique <c>pending_post_id</c> is sent so a
    /// retried create returns the first post instead of posting twice; without it a 5xx is not retried.
    /// </summary>
    public async Task<MattermostPost> CreatePostAsync(string channelId, string message, string? rootId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(message);
        var body = new Dictionary<string, string> { ["channel_id"] = channelId, ["message"] = message };
        if (!string.IsNullOrEmpty(rootId))
        {
            body["root_id"] = rootId;
        }

        var deduplicated = Options.UsePendingPostIds;
        if (deduplicated)
        {
            var me = _me ?? await GetMeAsync(cancellationToken).ConfigureAwait(false);
            body["pending_post_id"] = $"{me.Id}:{NextPendingPostMs()}";
        }

        return await SendAsync<MattermostPost>(HttpMethod.Post, "posts", body, deduplicated, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>GET /channels/{id}/posts?since=</c>: posts created, edited or deleted after <paramref name="sinceMs"/>
    /// (Unix ms, compared with <c>update_at</c>); at most 1000 are returned by the server.
    /// </summary>
    public Task<MattermostPostList> GetPostsSinceAsync(string channelId, long sinceMs, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostPostList>(
            HttpMethod.Get, $"channels/{Segment(channelId)}/posts?since={sinceMs.ToString(CultureInfo.InvariantCulture)}", null, true, cancellationToken);

    /// <summary><c>PUT /posts/{id}/patch</c>: replaces the message (e.g. to finish a streamed reply); safe to retry.</summary>
    public Task<MattermostPost> UpdatePostMessageAsync(string postId, string message, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostPost>(HttpMethod.Put, $"posts/{Segment(postId)}/patch", new Dictionary<string, string> { ["message"] = message }, true, cancellationToken);

    /// <summary><c>DELETE /posts/{id}</c>. Not retried after a 5xx: a repeat of a delete that went through answers 404.</summary>
    public Task DeletePostAsync(string postId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Delete, $"posts/{Segment(postId)}", null, false, cancellationToken);

    /// <summary><c>GET /posts/{id}</c>.</summary>
    public Task<MattermostPost> GetPostAsync(string postId, CancellationToken cancellationToken = default) =>
        SendAsync<MattermostPost>(HttpMethod.Get, $"posts/{Segment(postId)}", null, true, cancellationToken);

    /// <summary><c>POST /users/me/typing</c>: shows "bot is typing" in the channel (or thread) for a few seconds.</summary>
    public Task SendTypingAsync(string channelId, string? parentId = null, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, "users/me/typing", new { channel_id = channelId, parent_id = parentId ?? "" }, true, cancellationToken);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }
}
