using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>What an agent can plant in its workspace that a plain API cannot make: FIFOs and hard links.</summary>
internal static class HostileFiles
{
    public static void Fifo(string path)
    {
        if (MkFifo(path, 0x1B6) != 0)
        {
            throw new IOException($"mkfifo {path}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public static void HardLink(string existing, string created)
    {
        if (Link(existing, created) != 0)
        {
            throw new IOException($"link {created}: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
}
