using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace NixClaw.Runtime.Mattermost;

// One WebSocket session: connect, hello/resume, the receive loop and each frame.
public sealed partial class MattermostListener
{
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
}
