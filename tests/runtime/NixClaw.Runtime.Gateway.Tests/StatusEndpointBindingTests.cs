using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>The status endpoint on a declared port listens on 127.0.0.1 and ::1 only, never on other addresses.</summary>
public sealed class StatusEndpointBindingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFixedPortListensOnLoopbackOnly()
    {
        await using var harness = await GatewayHarness.StartAsync(Ct);
        var port = FreePort();
        var options = harness.Options(statusPort: port);
        var gateway = await harness.StartGatewayAsync(harness.Manifest(), options, Ct);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        Assert.True((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), Ct)).IsSuccessStatusCode);
        if (Socket.OSSupportsIPv6 && HasAddress(IPAddress.IPv6Loopback))
        {
            Assert.True((await http.GetAsync(new Uri($"http://[::1]:{port}/healthz"), Ct)).IsSuccessStatusCode);
        }

        // Every non-loopback address of this machine refuses the connection.
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal)
            .ToList();
        foreach (var address in others)
        {
            using var client = new TcpClient(address.AddressFamily);
            var refused = await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, port, Ct).AsTask());
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }

        Assert.Equal(port, gateway.StatusUrl.Port);
    }

    private static bool HasAddress(IPAddress address) =>
        NetworkInterface.GetAllNetworkInterfaces().SelectMany(n => n.GetIPProperties().UnicastAddresses).Any(a => a.Address.Equals(address));

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
