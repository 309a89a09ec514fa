using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Mattermost;

/// <summary>One accepted WebSocket and its outgoing queue.</summary>
internal sealed class FakeSocketSession(WebSocket socket, HttpContext context)
{
    public WebSocket Socket { get; } = socket;
    public HttpContext Context { get; } = context;
    public Channel<string> Outbox { get; } = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    public FakeWebConn? Conn { get; set; }
    public FakeUser? User { get; set; }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        Outbox.Writer.TryComplete();
        try
        {
            Context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request ended between taking the session list and this call: the socket is already gone.
        }
    }
}
