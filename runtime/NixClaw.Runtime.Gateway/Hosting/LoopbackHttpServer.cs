using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>A request the <see cref="LoopbackHttpServer"/> read: its method, path (without the query) and <c>Authorization</c> header.</summary>
internal readonly record struct LoopbackRequest(string Method, string Path, string? Authorization);

/// <summary>A response: status code and a JSON body.</summary>
internal readonly record struct LoopbackResponse(int StatusCode, byte[] Body);

/// <summary>
/// The smallest HTTP/1.1 server the status endpoint needs: GET requests from local tools (the <c>status</c> verb, curl,
/// monitoring) on loopback, one request per connection, answered with JSON and <c>Connection: close</c>. A web
/// framework for two routes would keep its assemblies, types and compiled code resident in a gateway that runs for
/// months; this keeps to sockets and a few strings.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    // A request head larger than this is not a status request: 431, connection closed.
    private const int MaxHeadBytes = 8 * 1024;
    private static readonly TimeSpan s_readTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan s_acceptRetryDelay = TimeSpan.FromMilliseconds(50);
    private static readonly byte[] s_headEnd = "\r\n\r\n"u8.ToArray();

    private readonly List<Socket> _listeners;
    private readonly Func<LoopbackRequest, LoopbackResponse> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _acceptLoops = [];

    private LoopbackHttpServer(List<Socket> listeners, int port, Func<LoopbackRequest, LoopbackResponse> handle)
    {
        _listeners = listeners;
        Port = port;
        _handle = handle;
    }

    /// <summary>The port listened on (the chosen one when 0 was asked for).</summary>
    public int Port { get; }

    /// <summary>
    /// Listens on 127.0.0.1 and, for a fixed port, also on ::1 when the machine has IPv6 (as Kestrel's
    /// <c>ListenLocalhost</c>); port 0 picks a free port on 127.0.0.1 only. Never any other address.
    /// </summary>
    /// <exception cref="StatusPortInUseException">Another program listens on the port.</exception>
    public static LoopbackHttpServer Start(int port, Func<LoopbackRequest, LoopbackResponse> handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var listeners = new List<Socket>();
        try
        {
            var v4 = Listen(IPAddress.Loopback, port);
            listeners.Add(v4);
            var bound = ((IPEndPoint)v4.LocalEndPoint!).Port;
            if (port != 0 && Socket.OSSupportsIPv6 && TryListen(IPAddress.IPv6Loopback, bound) is { } v6)
            {
                listeners.Add(v6);
            }

            var server = new LoopbackHttpServer(listeners, bound, handle);
            foreach (var listener in listeners)
            {
                server._acceptLoops.Add(Task.Run(() => server.AcceptLoopAsync(listener)));
            }

            return server;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            listeners.ForEach(l => l.Dispose());
            throw new StatusPortInUseException(port, ex);
        }
        catch
        {
            listeners.ForEach(l => l.Dispose());
            throw;
        }
    }

    /// <summary>Stops listening and ends the connections still open.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        await Task.WhenAll(_acceptLoops).ConfigureAwait(false);
        _stop.Dispose();
    }

    private static Socket Listen(IPAddress address, int port)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            // As Kestrel on Linux: a restart may bind while the previous process's connections are in TIME_WAIT (on
            // Linux this never lets two listeners share the port).
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            if (address.AddressFamily == AddressFamily.InterNetworkV6)
            {
                socket.DualMode = false;
            }

            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(64);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // ::1 in use is the port in use; any other failure means the machine has no IPv6 loopback, and 127.0.0.1 serves.
    private static Socket? TryListen(IPAddress address, int port)
    {
        try
        {
            return Listen(address, port);
        }
        catch (SocketException ex) when (ex.SocketErrorCode != SocketError.AddressAlreadyInUse)
        {
            return null;
        }
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException && _stop.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                // A connection reset before it was accepted, or no file descriptor left: the listener itself is fine,
                // and a short pause keeps a lasting failure from spinning a core.
                await Task.Delay(s_acceptRetryDelay).ConfigureAwait(false);
                continue;
            }

            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        using (connection)
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
        {
            timeout.CancelAfter(s_readTimeout);
            try
            {
                var response = await ReadHeadAsync(connection, timeout.Token).ConfigureAwait(false) is { } head
                    ? Respond(head)
                    : new LoopbackResponse(431, "{\"error\":\"request head too large\"}"u8.ToArray());
                await connection.SendAsync(Format(response), SocketFlags.None, timeout.Token).ConfigureAwait(false);
                connection.Shutdown(SocketShutdown.Both);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away, was too slow or the gateway stops: nothing to answer.
            }
        }
    }

    private LoopbackResponse Respond(string head)
    {
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            return new LoopbackResponse(400, "{\"error\":\"bad request\"}"u8.ToArray());
        }

        string? authorization = null;
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                authorization = line[(colon + 1)..].Trim();
            }
        }

        var target = requestLine[1];
        var query = target.IndexOf('?', StringComparison.Ordinal);
        try
        {
            return _handle(new LoopbackRequest(requestLine[0], query < 0 ? target : target[..query], authorization));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failing handler answers 500, as any web server would; the gateway itself goes on.
            return new LoopbackResponse(500, "{\"error\":\"internal error\"}"u8.ToArray());
        }
    }

    // The request head (request line and headers, up to the blank line) as ASCII text, or null when it is too large.
    private static async Task<string?> ReadHeadAsync(Socket connection, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await connection.ReceiveAsync(buffer.AsMemory(length), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }

            var searchFrom = Math.Max(0, length - (s_headEnd.Length - 1));
            length += read;
            var end = buffer.AsSpan(searchFrom, length - searchFrom).IndexOf(s_headEnd);
            if (end >= 0)
            {
                return Encoding.ASCII.GetString(buffer, 0, searchFrom + end);
            }
        }

        return null;
    }

    private static byte[] Format(LoopbackResponse response)
    {
        var allow = response.StatusCode == 405 ? "Allow: GET\r\n" : "";
        var head = Encoding.ASCII.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $"HTTP/1.1 {response.StatusCode} {ReasonPhrase(response.StatusCode)}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {response.Body.Length}\r\n{allow}Cache-Control: no-store\r\nConnection: close\r\n\r\n"));
        return [.. head, .. response.Body];
    }

    private static string ReasonPhrase(int statusCode) => statusCode switch
    {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    };
}
