using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 with a handler per path. <see cref="ClientFactory"/> gives clients whose
/// every connection goes to it, so manifests that declare fixed loopback URLs reach it.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, (int Status, string Body)> _handler;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackHttpServer(Func<string, (int Status, string Body)> handler)
    {
        _handler = handler;
        _listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Requests { get; } = [];

    public HttpClient ClientFactory() => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, token) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, Port, token);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { Timeout = TimeSpan.FromSeconds(5) };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII);
            var requestLine = await reader.ReadLineAsync();
            while (!string.IsNullOrEmpty(await reader.ReadLineAsync()))
            {
                // Headers are not needed.
            }

            var path = requestLine?.Split(' ')[1] ?? "/";
            lock (Requests)
            {
                Requests.Add(path);
            }

            var (status, body) = _handler(path);
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = $"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(bytes);
        }
    }
}
