using System.Net;
using System.Net.Sockets;

namespace NixClaw.Runtime.Tests.Support;

internal static class LoopbackPorts
{
    /// <summary>A port that was free on 127.0.0.1 a moment ago (for a gateway whose port is declared, not 0).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
