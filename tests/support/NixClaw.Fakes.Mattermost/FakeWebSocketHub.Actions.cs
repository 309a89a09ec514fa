using System.Text.Json;

namespace NixClaw.Fakes.Mattermost;

/// <summary>What a client sends over the socket (authentication challenge, typing, ping) and the frames the hub answers and publishes.</summary>
internal sealed partial class FakeWebSocketHub
{
    /// <summary>Handles one client action; false when the socket must be closed.</summary>
    private bool HandleAction(FakeSocketSession session, ReadOnlySpan<byte> frame)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(frame.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return true;
        }

        var seq = root.TryGetProperty("seq", out var seqElement) && seqElement.TryGetInt64(out var s) ? s : 0;
        var action = root.TryGetProperty("action", out var actionElement) ? actionElement.GetString() ?? "" : "";
        if (action.Length == 0)
        {
            Reply(session, Fail(seq, "api.web_socket_router.no_action.app_error", "No websocket action.", 500));
            return true;
        }

        if (seq <= 0)
        {
            Reply(session, Fail(seq, "api.web_socket_router.bad_seq.app_error", "Invalid sequence for WebSocket message.", 500));
            return true;
        }

        if (action == "authentication_challenge")
        {
            if (session.Conn is not null)
            {
                // Already authenticated: silently ignored.
                return true;
            }

            var token = root.TryGetProperty("data", out var data) && data.TryGetProperty("token", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            var user = token is null ? null : State?.UserByToken(token);
            if (user is null)
            {
                // Bad challenge: close at once, no FAIL response.
                session.Abort();
                return false;
            }

            // Challenge auth cannot resume: always a new connection id, hello first, then OK.
            Attach(session, user, connectionId: null, expected: 0);
            Reply(session, Ok(seq, null));
            return true;
        }

        if (session.Conn is null || session.User is null)
        {
            Reply(session, Fail(seq, "api.web_socket_router.not_authenticated.app_error", "Not authenticated.", 401));
            return true;
        }

        switch (action)
        {
            case "ping":
                if (!faults.IgnoreWebSocketPings)
                {
                    Reply(session, Ok(seq, new Dictionary<string, object?>
                    {
                        ["text"] = "pong",
                        ["version"] = options.ServerVersion,
                        ["server_time"] = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds(),
                        ["node_id"] = "",
                    }));
                }

                return true;
            case "user_typing":
                var channelId = root.TryGetProperty("data", out var typingData) && typingData.TryGetProperty("channel_id", out var c) ? c.GetString() ?? "" : "";
                var parentId = typingData.ValueKind == JsonValueKind.Object && typingData.TryGetProperty("parent_id", out var p) ? p.GetString() ?? "" : "";
                try
                {
                    var state = State!;
                    lock (state.Gate)
                    {
                        state.SendTyping(session.User, session.User.Id, channelId, parentId);
                    }

                    Reply(session, Ok(seq, null));
                }
                catch (FakeApiException ex)
                {
                    Reply(session, Fail(seq, ex.Id, ex.Message, ex.Status));
                }

                return true;
            case "get_statuses":
                Reply(session, Ok(seq, new Dictionary<string, object?>()));
                return true;
            default:
                Reply(session, Fail(seq, "api.web_socket_router.bad_action.app_error", "Unknown action.", 500));
                return true;
        }
    }

    private static void Reply(FakeSocketSession session, string json) => session.Outbox.Writer.TryWrite(json);

    private static string Ok(long seq, Dictionary<string, object?>? data)
    {
        var response = new Dictionary<string, object?> { ["status"] = "OK", ["seq_reply"] = seq };
        if (data is not null)
        {
            response["data"] = data;
        }

        return JsonSerializer.Serialize(response);
    }

    private static string Fail(long seq, string id, string message, int status) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["status"] = "FAIL",
        ["seq_reply"] = seq,
        ["error"] = new Dictionary<string, object?> { ["id"] = id, ["message"] = message, ["detailed_error"] = "", ["status_code"] = status },
    });

    private static string Event(string name, Dictionary<string, object?> data, string channelId, string teamId, string userId, string? omitUserId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["event"] = name,
            ["data"] = data,
            ["broadcast"] = new Dictionary<string, object?>
            {
                ["omit_users"] = omitUserId is null ? null : new Dictionary<string, bool> { [omitUserId] = true },
                ["user_id"] = userId,
                ["channel_id"] = channelId,
                ["team_id"] = teamId,
                ["connection_id"] = "",
                ["omit_connection_id"] = "",
            },
        });

    private List<FakeWebConn> Audience(IEnumerable<string> userIds, string? omitUserId)
    {
        var users = new HashSet<string>(userIds, StringComparer.Ordinal);
        if (omitUserId is not null)
        {
            users.Remove(omitUserId);
        }

        var now = options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            // Connections that are live or may still be resumed; the rest have been reaped.
            return [.. _conns.Values.Where(c => users.Contains(c.UserId)
                && (c.Current is not null || c.InactiveSince is null || now - c.InactiveSince.Value <= options.ResumeGracePeriod))];
        }
    }

    private bool TakeSkip()
    {
        if (!faults.SkipNextSequenceNumber)
        {
            return false;
        }

        faults.SkipNextSequenceNumber = false;
        return true;
    }
}
