using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Files.Tests;

/// <summary>
/// A temporary workspace beside a folder "outside" it holding a host secret, with helpers to plant what an agent
/// can plant: links of any length, hard links, FIFOs, sockets, huge and sparse files.
/// </summary>
public sealed partial class HostileWorkspace : IDisposable
{
    public const string HostSecret = "host-secret-bot-token-9f8e7d";

    public HostileWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("nixclaw-files-").FullName;
        Workspace = Directory.CreateDirectory(Path.Combine(Root, "workspace")).FullName;
        Outside = Directory.CreateDirectory(Path.Combine(Root, "outside")).FullName;
        File.WriteAllText(Path.Combine(Outside, "bot_token"), HostSecret);
    }

    public string Root { get; }

    public string Workspace { get; }

    public string Outside { get; }

    public string OutsideFile => Path.Combine(Outside, "bot_token");

    public string In(string relative) => Path.Combine(Workspace, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(In(relative))!);
        File.WriteAllText(In(relative), text);
    }

    public void Symlink(string relative, string target) => File.CreateSymbolicLink(In(relative), target);

    public void HardLink(string relative, string existing)
    {
        if (Link(existing, In(relative)) != 0)
        {
            throw new IOException($"link failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }
    }

    /// <summary>Swaps two entries atomically (what an attacker racing a reader does).</summary>
    public void Exchange(string a, string b)
    {
        const uint RenameExchange = 2;
        if (RenameAt2(-100, In(a), -100, In(b), RenameExchange) != 0)
        {
            throw new IOException($"renameat2 failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }
    }

    public void Fifo(string relative)
    {
        if (MkFifo(In(relative), 0x1B6) != 0)
        {
            throw new IOException($"mkfifo failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }
    }

    /// <summary>A listening Unix socket at <paramref name="relative"/>; dispose it after the test.</summary>
    public Socket UnixSocket(string relative)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(In(relative)));
        socket.Listen();
        return socket;
    }

    /// <summary>A sparse file of <paramref name="length"/> bytes (no blocks used).</summary>
    public void Sparse(string relative, long length)
    {
        using var stream = new FileStream(In(relative), FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, uint mode);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);
}
