using System.Net;
using System.Net.Sockets;
using System.Text;
using NixClaw.Runtime.Gateway.Hosting;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>The status endpoint's own HTTP server: what it answers to requests that are not a plain status GET.</summary>
public sealed class LoopbackHttpServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheHandlerSeesMethodPathWithoutQueryAndTheAuthorizationHeader()
    {
        LoopbackRequest? seen = null;
        await using var server = LoopbackHttpServer.Start(0, request =>
        {
            seen = request;
            return new LoopbackResponse(200, "{\"x\":1}"u8.ToArray());
        });
        using var http = new HttpClient();
        using var message = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://127.0.0.1:{server.Port}/status?verbose=1"))
        {
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "abc") },
        };

        using var response = await http.SendAsync(message, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"x\":1}", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(new LoopbackRequest("GET", "/status", "Bearer abc"), seen);
    }

    [Fact]
    public async Task AFailingHandlerAnswers500AndTheServerGoesOn()
    {
        var calls = 0;
        await using var server = LoopbackHttpServer.Start(0, _ => ++calls == 1
            ? throw new InvalidOperationException("report failed")
            : new LoopbackResponse(200, "{}"u8.ToArray()));
        using var http = new HttpClient();
        var url = new Uri($"http://127.0.0.1:{server.Port}/status");

        using (var failed = await http.GetAsync(url, Ct))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        using var next = await http.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task AnOversizedRequestHeadIsRefusedWithoutCallingTheHandler()
    {
        var called = false;
        await using var server = LoopbackHttpServer.Start(0, _ =>
        {
            called = true;
            return new LoopbackResponse(200, "{}"u8.ToArray());
        });

        // Exactly the limit and no blank line: the server reads all of it (a close with unread bytes would reset the
        // connection before the answer is read).
        const string Start = "GET /status HTTP/1.1\r\nX-Filler: ";
        var answer = await RawAsync(server.Port, Start + new string('a', (8 * 1024) - Start.Length));

        Assert.StartsWith("HTTP/1.1 431 ", answer, StringComparison.Ordinal);
        Assert.False(called);
    }

    [Fact]
    public async Task AMalformedRequestLineIsABadRequest()
    {
        await using var server = LoopbackHttpServer.Start(0, _ => new LoopbackResponse(200, "{}"u8.ToArray()));

        var answer = await RawAsync(server.Port, "HELLO\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void APortInUseIsAStatusPortInUseException()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var error = Assert.Throws<StatusPortInUseException>(() => LoopbackHttpServer.Start(port, _ => new LoopbackResponse(200, [])));

        Assert.Equal(port, error.Port);
    }

    [Fact]
    public async Task AfterDisposeThePortRefusesConnections()
    {
        var server = LoopbackHttpServer.Start(0, _ => new LoopbackResponse(200, "{}"u8.ToArray()));
        var port = server.Port;

        await server.DisposeAsync();

        using var client = new TcpClient(AddressFamily.InterNetwork);
        var refused = await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, port, Ct).AsTask());
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }

    [Fact]
    public void TheGatewayDoesNotReferenceAspNetCore()
    {
        // The status endpoint is plain sockets: a web framework's assemblies would stay resident in every idle gateway.
        var references = typeof(GatewayHost).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    private static async Task<string> RawAsync(int port, string request)
    {
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, port, Ct);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);

        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadToEndAsync(Ct);
    }
}
