using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using NixClaw.Fakes.Mattermost;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>A bare WebSocket to the fake, for checking the wire protocol frame by frame.</summary>
internal sealed class RawSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    public WebSocketState State => _socket.State;

    public static async Task<RawSocket> ConnectAsync(MattermostFake fake, string? token, string query = "")
    {
        var raw = new RawSocket();
        if (token is not null)
        {
            raw._socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        }

        var uri = new UriBuilder(new Uri(fake.BaseUrl, "api/v4/websocket")) { Scheme = "ws", Query = query }.Uri;
        await raw._socket.ConnectAsync(uri, Ct);
        return raw;
    }

    public Task SendAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, Ct);

    /// <summary>Next text frame as JSON, or null when the socket closed or broke.</summary>
    public async Task<JsonElement?> ReceiveAsync(int timeoutMs = 5000)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(timeoutMs);
        var buffer = new byte[64 * 1024];
        var length = 0;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
                    return document.RootElement.Clone();
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Skips frames until an event with <paramref name="name"/>.</summary>
    public async Task<JsonElement> NextEventAsync(string name)
    {
        while (true)
        {
            var frame = await ReceiveAsync() ?? throw new InvalidOperationException($"socket closed before '{name}'");
            if (frame.TryGetProperty("event", out var e) && e.GetString() == name)
            {
                return frame;
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
