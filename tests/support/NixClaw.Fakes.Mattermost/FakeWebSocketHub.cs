using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Mattermost;

/// <summary>
/// The WebSocket side of the fake (apis.md §2): header and challenge auth, hello, per-connection sequence numbers,
/// resume from the dead queue, the four resume outcomes, ping/pong, user_typing, and broadcasting events to members.
/// </summary>
internal sealed partial class FakeWebSocketHub(MattermostFakeOptions options, MattermostFakeFaults faults)
{
    private const int MaxClientFrameBytes = 8 * 1024;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeWebConn> _conns = new(StringComparer.Ordinal);
    private readonly HashSet<FakeSocketSession> _sessions = [];

    public FakeState? State { get; set; }

    /// <summary>Sockets currently open.</summary>
    public int OpenSocketCount
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count;
            }
        }
    }

    /// <summary>Authenticated sockets currently open.</summary>
    public int AuthenticatedSocketCount
    {
        get
        {
            lock (_gate)
            {
                return _sessions.Count(s => s.Conn is not null);
            }
        }
    }

    /// <summary>Connection ids minted so far (resumes do not mint one).</summary>
    public int ConnectionIdsIssued { get; private set; }

    public void DropAllSockets()
    {
        FakeSocketSession[] sessions;
        lock (_gate)
        {
            sessions = [.. _sessions];
        }

        foreach (var session in sessions)
        {
            session.Abort();
        }
    }

    /// <summary>
    /// Sends <paramref name="frame"/> as it is to every connection: <paramref name="numbered"/> gives it the next
    /// sequence number like a real event (it must then be a JSON object text) and keeps it for resume; otherwise it
    /// goes only to live sockets, unnumbered (like an action response).
    /// </summary>
    public void Inject(string frame, bool numbered)
    {
        List<FakeWebConn> conns;
        lock (_gate)
        {
            conns = [.. _conns.Values];
        }

        foreach (var conn in conns)
        {
            if (numbered)
            {
                conn.Send(frame, skipSequenceNumber: false);
                continue;
            }

            lock (conn.Gate)
            {
                conn.Current?.Outbox.Writer.TryWrite(frame);
            }
        }
    }

    /// <summary>Forgets every connection (a server restart): resumes then get a new id and hello.</summary>
    public void Reset()
    {
        DropAllSockets();
        lock (_gate)
        {
            _conns.Clear();
        }
    }

    public void PublishPosted(FakeChannel channel, FakePost post, FakeUser author, FakeTeam team)
    {
        var postJson = JsonSerializer.Serialize(post.ToWire());
        foreach (var conn in Audience(channel.Members.Keys, omitUserId: null))
        {
            var data = new Dictionary<string, object?>
            {
                ["channel_display_name"] = channel.DisplayName,
                ["channel_name"] = channel.Name,
                ["channel_type"] = channel.Type,
                ["post"] = postJson,
                ["sender_name"] = post.WebhookOverrideUsername ?? "@" + author.Username,
                ["set_online"] = true,
                ["team_id"] = team.Id,
            };
            var receiver = State?.GetUserOrNull(conn.UserId);
            if (receiver is not null && post.Type.Length == 0 && receiver.Id != author.Id
                && post.Message.Contains("@" + receiver.Username, StringComparison.Ordinal))
            {
                data["mentions"] = JsonSerializer.Serialize(new[] { receiver.Id });
            }

            conn.Send(Event("posted", data, channelId: channel.Id, teamId: "", userId: ""), TakeSkip());
        }
    }

    public void PublishToChannel(FakeChannel channel, string name, Dictionary<string, object?> data, string? omitUserId = null)
    {
        var json = Event(name, data, channelId: channel.Id, teamId: "", userId: "", omitUserId);
        foreach (var conn in Audience(channel.Members.Keys, omitUserId))
        {
            conn.Send(json, TakeSkip());
        }
    }

    public void PublishToTeam(FakeTeam team, string name, Dictionary<string, object?> data, string channelId)
    {
        var json = Event(name, data, channelId: "", teamId: team.Id, userId: "");
        foreach (var conn in Audience(team.Members, omitUserId: null))
        {
            conn.Send(json, TakeSkip());
        }
    }

    public void PublishToUser(string userId, string name, Dictionary<string, object?> data, string channelId, string teamId)
    {
        var json = Event(name, data, channelId: "", teamId: "", userId: userId);
        foreach (var conn in Audience([userId], omitUserId: null))
        {
            conn.Send(json, TakeSkip());
        }
    }

    public async Task HandleAsync(HttpContext context, FakeUser? headerUser)
    {
        var query = context.Request.Query;
        var hasConnectionId = query.TryGetValue("connection_id", out var connectionIdValues) && connectionIdValues.ToString().Length > 0;
        var hasSequence = query.TryGetValue("sequence_number", out var sequenceValues);
        long expected = 0;
        var badResume = hasConnectionId != hasSequence
            || (hasSequence && (!long.TryParse(sequenceValues.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out expected) || expected < 0));

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var session = new FakeSocketSession(socket, context);
        if (badResume)
        {
            // Mattermost closes right after the upgrade when the resume parameters are invalid. A close frame (rather
            // than a reset) makes sure the client sees the 101 first.
            await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "invalid resume parameters", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        lock (_gate)
        {
            _sessions.Add(session);
        }

        var writer = WritePumpAsync(session);
        try
        {
            if (headerUser is not null)
            {
                Attach(session, headerUser, hasConnectionId ? connectionIdValues.ToString() : null, expected);
            }
            else
            {
                _ = CloseIfUnauthenticatedAsync(session);
            }

            await ReadPumpAsync(session).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException)
        {
            // The client or a test dropped the connection.
        }
        finally
        {
            Detach(session);
            session.Outbox.Writer.TryComplete();
            await writer.ConfigureAwait(false);
        }
    }

    private void Attach(FakeSocketSession session, FakeUser user, string? connectionId, long expected)
    {
        session.User = user;
        lock (_gate)
        {
            if (connectionId is not null && _conns.TryGetValue(connectionId, out var old) && old.UserId == user.Id)
            {
                lock (old.Gate)
                {
                    var fresh = old.Current is not null || old.InactiveSince is null
                        || options.TimeProvider.GetUtcNow() - old.InactiveSince.Value <= options.ResumeGracePeriod;
                    if (fresh && old.TryResume(session, expected))
                    {
                        session.Conn = old;
                        return;
                    }
                }
            }

            var conn = new FakeWebConn(FakeIds.New(), user.Id, options.DeadQueueSize);
            ConnectionIdsIssued++;
            conn.Current = session;
            _conns[conn.Id] = conn;
            session.Conn = conn;
            var hello = new Dictionary<string, object?>
            {
                ["server_version"] = $"{options.ServerVersion}.0.fake.false",
                ["connection_id"] = conn.Id,
                ["server_hostname"] = "",
            };
            conn.Send(Event("hello", hello, channelId: "", teamId: "", userId: user.Id), skipSequenceNumber: false);
        }
    }

    private void Detach(FakeSocketSession session)
    {
        lock (_gate)
        {
            _sessions.Remove(session);
        }

        if (session.Conn is { } conn)
        {
            lock (conn.Gate)
            {
                if (conn.Current == session)
                {
                    conn.Current = null;
                    conn.InactiveSince = options.TimeProvider.GetUtcNow();
                }
            }
        }
    }

    private async Task CloseIfUnauthenticatedAsync(FakeSocketSession session)
    {
        await Task.Delay(options.AuthTimeout).ConfigureAwait(false);
        if (session.Conn is null)
        {
            session.Abort();
        }
    }

    private static async Task WritePumpAsync(FakeSocketSession session)
    {
        try
        {
            await foreach (var json in session.Outbox.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                await session.Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // Socket gone; the events stay in the dead queue for a resume.
        }
    }

    private async Task ReadPumpAsync(FakeSocketSession session)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (session.Socket.State == WebSocketState.Open)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await session.Socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await session.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None).ConfigureAwait(false);
                    return;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxClientFrameBytes)
                {
                    // Mattermost's read limit: larger client messages kill the connection.
                    await session.Socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too big", CancellationToken.None).ConfigureAwait(false);
                    return;
                }
            }
            while (!result.EndOfMessage);

            if (!HandleAction(session, buffer.WrittenSpan))
            {
                return;
            }
        }
    }
}
