using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Sandbox;

/// <summary>The few libc calls .NET does not expose: effective uid, kill, and fd-relative file access.</summary>
internal static partial class Native
{
    public const int O_RDONLY = 0x0;
    public const int O_WRONLY = 0x1;
    public const int O_CREAT = 0x40;
    public const int O_EXCL = 0x80;
    public const int O_TRUNC = 0x200;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;
    public const int AT_EMPTY_PATH = 0x1000;
    public const int AT_SYMLINK_NOFOLLOW = 0x100;
    public const int AT_REMOVEDIR = 0x200;
    public const int SIGKILL = 9;
    public const int ENOENT = 2;
    public const int EEXIST = 17;
    public const int ENOTDIR = 20;
    public const int ELOOP = 40;

    // O_DIRECTORY and O_NOFOLLOW differ between architectures.
    public static int O_DIRECTORY => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;

    public static int O_NOFOLLOW => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(int dirFd, string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkdirAt(int dirFd, string path, uint mode);

    [LibraryImport("libc", EntryPoint = "renameat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt(int oldDirFd, string oldPath, int newDirFd, string newPath);

    [LibraryImport("libc", EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(int dirFd, string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    /// <summary>File type bits and size of an open file (statx has one layout on every architecture).</summary>
    public static (uint Mode, long Size) StatFd(int fd) => StatAt(fd, "", AT_EMPTY_PATH);

    /// <summary>File type bits and size of <paramref name="name"/> in a directory, not following a symlink.</summary>
    public static (uint Mode, long Size) StatAt(int dirFd, string name) => StatAt(dirFd, name, AT_SYMLINK_NOFOLLOW);

    private static unsafe (uint Mode, long Size) StatAt(int dirFd, string name, int flags)
    {
        const uint STATX_TYPE_MODE_SIZE = 0x1 | 0x2 | 0x200;
        var buffer = stackalloc byte[256];
        if (Statx(dirFd, name, flags, STATX_TYPE_MODE_SIZE, buffer) != 0)
        {
            throw new IOException($"statx failed: {Marshal.GetLastPInvokeErrorMessage()}");
        }

        var mode = *(ushort*)(buffer + 28);
        var size = *(long*)(buffer + 40);
        return (mode, size);
    }

    public const uint S_IFMT = 0xF000;
    public const uint S_IFREG = 0x8000;
    public const uint S_IFDIR = 0x4000;
    public const uint S_IFLNK = 0xA000;
}
