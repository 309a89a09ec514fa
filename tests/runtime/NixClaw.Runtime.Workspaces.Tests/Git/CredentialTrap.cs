using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NixClaw.Runtime.Workspaces.Tests.Git;

/// <summary>
/// A loopback HTTP listener standing for a server the agent picks: it records every request's headers and answers
/// 401 with a Basic challenge (so a client with credentials to give would send them), or what <see cref="Respond"/> says.
/// </summary>
public sealed class CredentialTrap : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public CredentialTrap()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptAsync);
    }

    public Uri Url { get; }

    /// <summary>Request heads received (request line and headers).</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The raw response to a request head; null answers the 401 challenge.</summary>
    public Func<string, string>? Respond { get; set; }

    public bool SawCredentials => Requests.Any(r => r.Contains("\nAuthorization:", StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[4096];
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            Requests.Enqueue(head.ToString());
            var response = Respond?.Invoke(head.ToString())
                ?? "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"trap\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
        }
    }
}
