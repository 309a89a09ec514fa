using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Files;

/// <summary>The libc calls behind fd-relative file access (Linux; flags for x64 and arm64).</summary>
internal static partial class Native
{
    public const int AT_FDCWD = -100;
    public const int O_RDONLY = 0x0;
    public const int O_WRONLY = 0x1;
    public const int O_APPEND = 0x400;
    public const int O_CREAT = 0x40;
    public const int O_EXCL = 0x80;
    public const int O_NOCTTY = 0x100;
    public const int O_NONBLOCK = 0x800;
    public const int O_CLOEXEC = 0x80000;
    public const int O_PATH = 0x200000;
    public const int AT_SYMLINK_NOFOLLOW = 0x100;
    public const int AT_EMPTY_PATH = 0x1000;
    public const int ENOENT = 2;
    public const int ENXIO = 6;
    public const int EACCES = 13;
    public const int EEXIST = 17;
    public const int ENOTDIR = 20;
    public const int EISDIR = 21;
    public const int ELOOP = 40;
    public const uint S_IFMT = 0xF000;
    public const uint S_IFREG = 0x8000;
    public const uint S_IFDIR = 0x4000;
    public const uint S_IFLNK = 0xA000;
    public const uint S_IFIFO = 0x1000;
    public const uint S_IFSOCK = 0xC000;
    public const uint S_IFCHR = 0x2000;
    public const uint S_IFBLK = 0x6000;

    // O_DIRECTORY and O_NOFOLLOW differ between architectures.
    public static int O_DIRECTORY => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x4000 : 0x10000;

    public static int O_NOFOLLOW => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int OpenAt(int dirFd, string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "mkdirat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int MkdirAt(int dirFd, string path, uint mode);

    [LibraryImport("libc", EntryPoint = "renameat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int RenameAt(int oldDirFd, string oldPath, int newDirFd, string newPath);

    [LibraryImport("libc", EntryPoint = "linkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int LinkAt(int oldDirFd, string oldPath, int newDirFd, string newPath, int flags);

    [LibraryImport("libc", EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int UnlinkAt(int dirFd, string path, int flags);

    [LibraryImport("libc", EntryPoint = "fchmod", SetLastError = true)]
    public static partial int Fchmod(int fd, uint mode);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    public static partial uint GetEffectiveUserId();

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int dirFd, string path, int flags, uint mask, byte* buffer);

    /// <summary>Type, size, link count and change time of an open file (statx has one layout on every architecture).</summary>
    public static bool TryStatFd(int fd, out FileStat stat) => TryStatAt(fd, "", AT_EMPTY_PATH, out stat);

    /// <summary>The same for <paramref name="name"/> in a directory, never following a symlink.</summary>
    public static bool TryStatAt(int dirFd, string name, out FileStat stat) => TryStatAt(dirFd, name, AT_SYMLINK_NOFOLLOW, out stat);

    private static unsafe bool TryStatAt(int dirFd, string name, int flags, out FileStat stat)
    {
        const uint STATX_TYPE_MODE_NLINK_SIZE_MTIME = 0x1 | 0x2 | 0x4 | 0x8 | 0x40 | 0x200;
        var buffer = stackalloc byte[256];
        if (Statx(dirFd, name, flags, STATX_TYPE_MODE_NLINK_SIZE_MTIME, buffer) != 0)
        {
            stat = default;
            return false;
        }

        stat = new FileStat(
            Mode: *(ushort*)(buffer + 28),
            LinkCount: *(uint*)(buffer + 16),
            Owner: *(uint*)(buffer + 20),
            Size: *(long*)(buffer + 40),
            ModifiedSeconds: *(long*)(buffer + 112),
            ModifiedNanoseconds: *(uint*)(buffer + 120));
        return true;
    }

    /// <summary>What statx told about a file.</summary>
    public readonly record struct FileStat(uint Mode, uint LinkCount, uint Owner, long Size, long ModifiedSeconds, uint ModifiedNanoseconds)
    {
        public uint Type => Mode & S_IFMT;

        public string Kind => Type switch
        {
            S_IFREG => "regular file",
            S_IFDIR => "directory",
            S_IFLNK => "symbolic link",
            S_IFIFO => "FIFO",
            S_IFSOCK => "socket",
            S_IFCHR => "character device",
            S_IFBLK => "block device",
            _ => "special file",
        };
    }
}
