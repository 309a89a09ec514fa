using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NixClaw.Runtime.Mattermost;

/// <summary>
/// Listens to the Mattermost WebSocket and delivers user posts through <see cref="Posts"/>: header auth, <c>hello</c>
/// and connection id, reconnect with exponential backoff and jitter, resume with <c>connection_id</c> +
/// <c>sequence_number</c>, and REST catch-up (<c>?since=</c> from <see cref="IMattermostCursorStore"/> cursors) whenever
/// events may have been lost (a new connection id, a sequence gap that cannot be resumed, a long outage).
/// The bot's own posts and system posts are dropped. Delivery is at-least-once: dedupe by post id.
/// </summary>
public sealed class MattermostListener : IAsyncDisposable
{
    private const int MaxFrameBytes = 4 * 1024 * 1024;
    private readonly MattermostClient _client;
    private readonly MattermostListenerOptions _options;
    private readonly IMattermostCursorStore _cursors;
    private readonly ILogger _logger;
    private readonly Channel<IncomingPost> _posts = Channel.CreateUnbounded<IncomingPost>();
    private readonly Channel<CatchUpRequest> _catchUpRequests = Channel.CreateUnbounded<CatchUpRequest>();
    private readonly RecentPostIds _recent;
    private readonly ConcurrentDictionary<string, MattermostChannel> _channelCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _senderCache = new(StringComparer.Ordinal);
    private readonly Lock _statusGate = new();
    private MattermostConnectionStatus _status = MattermostConnectionStatus.Initial;

    // LastEventAt lives apart from the status record (UTC ticks, 0 = none): every frame sets it, and a new record
    // per frame was a steady allocation on the receive loop under load. Composed into the record when it is read.
    private long _lastEventUtcTicks;
    private CancellationTokenSource? _stop;
    private Task _loops = Task.CompletedTask;
    private string? _connectionId;
    private long _lastSeq = -1;
    private DateTimeOffset? _lostAt;
    private DateTimeOffset? _pendingCatchUp;
    private bool _everConnected;

    public MattermostListener(
        MattermostClient client, IMattermostCursorStore cursors, MattermostListenerOptions? options = null, ILogger<MattermostListener>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(cursors);
        _client = client;
        _cursors = cursors;
        _options = options ?? new MattermostListenerOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _recent = new RecentPostIds(_options.RecentPostIdCapacity);
    }

    /// <summary>Incoming user posts, in arrival order; completed when the listener stops.</summary>
    public ChannelReader<IncomingPost> Posts => _posts.Reader;

    /// <summary>The bot's user id (known after <see cref="StartAsync"/>).</summary>
    public string? BotUserId { get; private set; }

    /// <summary>The current connection snapshot.</summary>
    public MattermostConnectionStatus Status
    {
        get
        {
            lock (_statusGate)
            {
                return WithLastEvent(_status);
            }
        }
    }

    /// <summary>
    /// Raised after a status change other than <see cref="MattermostConnectionStatus.LastEventAt"/> alone (on the
    /// listener's thread; keep handlers short).
    /// </summary>
    public event Action<MattermostConnectionStatus>? StatusChanged;

    /// <summary>
    /// Checks the token with <c>GET /users/me</c> (a 401 throws <see cref="MattermostApiException"/> here, so a bad
    /// token fails start-up), then connects in the background.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_stop is not null)
        {
            throw new InvalidOperationException("The listener was already started.");
        }

        var me = await _client.GetMeAsync(cancellationToken).ConfigureAwait(false);
        BotUserId = me.Id;
        _stop = new CancellationTokenSource();
        SetStatus(s => s with { State = MattermostConnectionState.Connecting });
        var token = _stop.Token;
        _loops = Task.WhenAll(
            Task.Run(() => ConnectLoopAsync(token), CancellationToken.None),
            Task.Run(() => CatchUpLoopAsync(token), CancellationToken.None));
    }

    /// <summary>Closes the socket, stops reconnecting and completes <see cref="Posts"/>.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loops.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: cancellation is the expected way out.
        }

        _posts.Writer.TryComplete();
        SetStatus(s => s.State == MattermostConnectionState.Faulted ? s : s with { State = MattermostConnectionState.Stopped });
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop?.Dispose();
    }

    private async Task ConnectLoopAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            var connected = false;
            string reason;
            try
            {
                (connected, var failure) = await RunConnectionAsync(stop).ConfigureAwait(false);
                reason = failure ?? "closed by server";
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException or InvalidDataException
                or JsonException or TimeoutException or OperationCanceledException)
            {
                reason = ex.Message;
            }
            catch (Exception ex)
            {
                // Never die silently: a bug or an unexpected failure (a token file that went away, ...) ends this
                // connection only. The status leaves Connected below, and the loop reconnects (and resumes).
                Log.ConnectionFailed(_logger, ex);
                reason = ex.GetType().Name + ": " + ex.Message;
            }

            failures = connected ? 1 : failures + 1;
            var now = _options.TimeProvider.GetUtcNow();
            if (connected)
            {
                _lostAt = now;
            }

            if (failures >= 3 && await IsTokenRejectedAsync(stop).ConfigureAwait(false))
            {
                Log.Unauthorized(_logger);
                SetStatus(s => s with { State = MattermostConnectionState.Faulted, LastError = "401: the bot token was rejected" });
                _posts.Writer.TryComplete();
                return;
            }

            var delay = RetryBackoff.Delay(failures - 1, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, Random.Shared.NextDouble());
            Log.Reconnecting(_logger, reason, failures, delay);
            SetStatus(s => s with
            {
                State = _everConnected ? MattermostConnectionState.Reconnecting : MattermostConnectionState.Connecting,
                LastDisconnectedAt = connected ? now : s.LastDisconnectedAt,
                ConsecutiveFailures = connected ? 0 : s.ConsecutiveFailures + 1,
                LastError = reason,
            });
            await Task.Delay(delay, _options.TimeProvider, stop).ConfigureAwait(false);
        }
    }

    private async Task<bool> IsTokenRejectedAsync(CancellationToken stop)
    {
        // A bad header token still upgrades and is closed later; only REST can tell "bad token" from "network".
        try
        {
            await _client.GetMeAsync(stop).ConfigureAwait(false);
            return false;
        }
        catch (MattermostApiException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }
        catch (Exception ex) when (ex is MattermostApiException or HttpRequestException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>One socket's life: whether it got connected (hello or resumed) before it ended, and why it ended.</summary>
    private async Task<(bool Connected, string? Failure)> RunConnectionAsync(CancellationToken stop)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var resume = _connectionId is not null && _lastSeq >= 0
            && (_lostAt is null || now - _lostAt.Value <= _options.MaxResumeAge);
        var uri = _client.WebSocketUrl;
        if (resume)
        {
            uri = new UriBuilder(uri)
            {
                Query = $"connection_id={Uri.EscapeDataString(_connectionId!)}&sequence_number={(_lastSeq + 1).ToString(CultureInfo.InvariantCulture)}",
            }.Uri;
        }
        else if (_connectionId is not null)
        {
            // Too long away to resume: whatever happened meanwhile comes from REST.
            await RequestCatchUpAsync(_lostAt ?? now, stop).ConfigureAwait(false);
            _connectionId = null;
            _lastSeq = -1;
        }

        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + await _client.Options.TokenProvider(stop).ConfigureAwait(false));
        socket.Options.KeepAliveInterval = _options.PingInterval;
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            // A server that accepts TCP but never answers the upgrade must not hang the loop.
            connectTimeout.CancelAfter(_client.Options.RequestTimeout);
            await socket.ConnectAsync(uri, connectTimeout.Token).ConfigureAwait(false);
        }

        var state = new SessionState(socket, resume);
        var pinger = PingLoopAsync(state, session.Token);
        try
        {
            // A resumed connection gets no hello; the ping reply (or a replayed event) arrives first instead.
            await SendActionAsync(state, "ping", session.Token).ConfigureAwait(false);
            await ReceiveLoopAsync(state, session.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stop.IsCancellationRequested && ex is WebSocketException or IOException or InvalidDataException
            or JsonException or OperationCanceledException)
        {
            // Keep what this session achieved: a socket that was connected and then lost is a resumable disconnect.
            state.Failure ??= ex.Message;
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
            try
            {
                await pinger.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The session ended.
            }

            if (stop.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                try
                {
                    await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "stopping", closeTimeout.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
                {
                    // Best effort on shutdown.
                }
            }
        }

        return (state.Connected, state.Failure);
    }

    private async Task ReceiveLoopAsync(SessionState state, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (state.Socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                var memory = buffer.GetMemory(8 * 1024);
                result = await state.Socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxFrameBytes)
                {
                    throw new InvalidDataException("Mattermost WebSocket message exceeds 4 MiB.");
                }
            }
            while (!result.EndOfMessage);

            state.FrameReceived = true;
            // Every frame refreshes LastEventAt, without raising StatusChanged (that is for state changes).
            Volatile.Write(ref _lastEventUtcTicks, _options.TimeProvider.GetUtcNow().UtcTicks);
            bool keepGoing;
            try
            {
                keepGoing = await HandleFrameAsync(state, buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A frame this code did not foresee: say which, then close and resume (the server replays what
                // follows it; a bad frame is never retried forever because resume starts after its sequence number).
                var (name, seq) = EventNameOf(buffer.WrittenMemory);
                SkipSequenceOf(seq);
                Log.FrameFailed(_logger, ex, name);
                state.Failure = $"frame (event {name}) could not be handled: {ex.GetType().Name}";
                return;
            }

            if (!keepGoing)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Handles one frame; false ends the session (to reconnect). Frames of an unexpected shape (not an object, a
    /// non-string event or status, a <c>posted</c> whose data or post is not what Mattermost sends) are logged with
    /// their event name and skipped; their sequence number still counts, so nothing after them is lost.
    /// </summary>
    private async Task<bool> HandleFrameAsync(SessionState state, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(frame);
        }
        catch (JsonException ex)
        {
            Log.FrameSkipped(_logger, "(none)", "not JSON: " + ex.Message);
            return true;
        }

        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            Log.FrameSkipped(_logger, "(none)", $"a JSON {root.ValueKind}, not an object");
            return true;
        }

        if (!root.TryGetProperty("event", out var eventElement))
        {
            // A response to one of our actions.
            if (root.TryGetProperty("status", out var status) && status.ValueKind != JsonValueKind.String)
            {
                Log.FrameSkipped(_logger, "(response)", $"status is a JSON {status.ValueKind}, not a string");
                return true;
            }

            if (root.TryGetProperty("status", out status) && status.GetString() == "FAIL")
            {
                state.Failure = "action failed: " + root.GetRawText();
                return false;
            }

            if (state.AwaitingFirstFrame && state.IsResume)
            {
                MarkConnected(state, resumed: true);
            }

            state.AwaitingFirstFrame = false;
            await FlushCatchUpAsync(state, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var name = eventElement.ValueKind == JsonValueKind.String ? eventElement.GetString() ?? "" : $"(a JSON {eventElement.ValueKind})";
        var seq = root.TryGetProperty("seq", out var seqElement) && seqElement.ValueKind == JsonValueKind.Number && seqElement.TryGetInt64(out var s) ? s : -1;
        if (name == "hello")
        {
            if (!await OnHelloAsync(state, root, cancellationToken).ConfigureAwait(false))
            {
                SkipSequenceOf(seq);
                return false;
            }

            state.AwaitingFirstFrame = false;
            return true;
        }

        if (state.AwaitingFirstFrame && state.IsResume)
        {
            MarkConnected(state, resumed: true);
        }

        state.AwaitingFirstFrame = false;
        if (!state.Connected)
        {
            state.Failure = $"event '{name}' before hello";
            return false;
        }

        await FlushCatchUpAsync(state, cancellationToken).ConfigureAwait(false);

        if (seq != _lastSeq + 1)
        {
            // Lost or reordered events: close and resume from the expected number (the server replays, or says hello).
            Log.SequenceGap(_logger, _lastSeq + 1, seq);
            await CloseQuietlyAsync(state.Socket, (WebSocketCloseStatus)4001, "sequence mismatch", cancellationToken).ConfigureAwait(false);
            return false;
        }

        _lastSeq = seq;
        if (eventElement.ValueKind != JsonValueKind.String)
        {
            Log.FrameSkipped(_logger, name, "the event name is not a string");
        }
        else if (name == "posted")
        {
            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                Log.FrameSkipped(_logger, name, "data is missing or not an object");
            }
            else if (ParsePosted(data, out var problem) is { } post)
            {
                Deliver(post);
            }
            else if (problem is not null)
            {
                Log.FrameSkipped(_logger, name, problem);
            }
        }

        return true;
    }

    // A frame that ended the session is not asked for again on resume (the server would replay it, forever):
    // the resume starts after it. Work it left undone (a catch-up) is kept pending and retried instead.
    private void SkipSequenceOf(long seq)
    {
        if (seq >= 0 && seq == _lastSeq + 1)
        {
            _lastSeq = seq;
        }
    }

    // The event name (for the log) and sequence number of a frame that could not be handled.
    private static (string Name, long Seq) EventNameOf(ReadOnlyMemory<byte> frame)
    {
        try
        {
            using var document = JsonDocument.Parse(frame);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ("(none)", -1);
            }

            var name = root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() ?? "(none)" : "(none)";
            var seq = root.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : -1;
            return (name, seq);
        }
        catch (JsonException)
        {
            return ("(none)", -1);
        }
    }

    /// <summary>False (the session ends, to reconnect) for a hello without a connection id: it could not be resumed.</summary>
    private async Task<bool> OnHelloAsync(SessionState state, JsonElement root, CancellationToken cancellationToken)
    {
        var connectionId = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("connection_id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString() ?? ""
            : "";
        if (connectionId.Length == 0)
        {
            Log.FrameSkipped(_logger, "hello", "no connection_id; reconnecting");
            state.Failure = "hello without a connection id";
            return false;
        }

        var previous = _connectionId;
        var isFirstConnection = !_everConnected;
        var lostAt = _lostAt ?? _options.TimeProvider.GetUtcNow();
        _connectionId = connectionId;
        _lastSeq = root.TryGetProperty("seq", out var seq) && seq.TryGetInt64(out var value) ? value : 0;
        MarkConnected(state, resumed: false);

        // A new connection id means the server forgot our queue: anything sent meanwhile must come from REST.
        // (After a too-long outage the request was already made when the resume was skipped.)
        if ((previous is not null && previous != connectionId) || (isFirstConnection && _options.CatchUpOnStart))
        {
            // Before any live post of this connection is delivered, so the cursors still predate the gap. Kept as
            // pending until the request is made: if reading the cursors fails, the next connection (a resume, which
            // gets no hello) still asks for it.
            _pendingCatchUp = _pendingCatchUp is { } pending && pending < lostAt ? pending : lostAt;
            await FlushCatchUpAsync(state, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task FlushCatchUpAsync(SessionState state, CancellationToken cancellationToken)
    {
        if (state.Connected && _pendingCatchUp is { } since)
        {
            await RequestCatchUpAsync(since, cancellationToken).ConfigureAwait(false);
            _pendingCatchUp = null;
        }
    }

    private void MarkConnected(SessionState state, bool resumed)
    {
        state.Connected = true;
        _everConnected = true;
        _lostAt = null;
        Log.Connected(_logger, _connectionId ?? "", resumed);
        SetStatus(s => s with
        {
            State = MattermostConnectionState.Connected,
            ConnectionId = _connectionId,
            LastConnectedAt = _options.TimeProvider.GetUtcNow(),
            Connects = s.Connects + 1,
            Resumes = resumed ? s.Resumes + 1 : s.Resumes,
            ConsecutiveFailures = 0,
        });
    }

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

    private async Task PingLoopAsync(SessionState state, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_options.PingInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            if (!state.FrameReceived)
            {
                // Nothing since the last ping, not even its reply: the socket is half-open.
                state.Failure = "no reply to ping";
                state.Socket.Abort();
                return;
            }

            state.FrameReceived = false;
            await SendActionAsync(state, "ping", cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task SendActionAsync(SessionState state, string action, CancellationToken cancellationToken)
    {
        await state.SendGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var seq = ++state.ActionSeq;
            var bytes = Encoding.UTF8.GetBytes($$"""{"action":"{{action}}","seq":{{seq.ToString(CultureInfo.InvariantCulture)}}}""");
            await state.Socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            state.SendGate.Release();
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string reason, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
    }

    private static string StringOf(JsonElement data, string name) =>
        data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private void SetStatus(Func<MattermostConnectionStatus, MattermostConnectionStatus> change, bool raise = true)
    {
        MattermostConnectionStatus next;
        lock (_statusGate)
        {
            next = change(_status);
            if (next == _status)
            {
                return;
            }

            _status = next;
        }

        if (raise)
        {
            StatusChanged?.Invoke(WithLastEvent(next));
        }
    }

    private MattermostConnectionStatus WithLastEvent(MattermostConnectionStatus status) =>
        Volatile.Read(ref _lastEventUtcTicks) is var ticks and not 0
            ? status with { LastEventAt = new DateTimeOffset(ticks, TimeSpan.Zero) }
            : status;

    private sealed class SessionState(ClientWebSocket socket, bool isResume)
    {
        public ClientWebSocket Socket { get; } = socket;
        public bool IsResume { get; } = isResume;
        public SemaphoreSlim SendGate { get; } = new(1, 1);
        public long ActionSeq { get; set; }
        public bool AwaitingFirstFrame { get; set; } = true;
        public bool Connected { get; set; }
        public volatile bool FrameReceived;
        public string? Failure { get; set; }
    }
}
