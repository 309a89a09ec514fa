using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Files;

/// <summary>
/// Files the gateway keeps for itself (its log, its database), opened so that nobody else can redirect or read
/// them: the folder must belong to this user (a folder someone else made first, under <c>/tmp</c> say, is refused)
/// and loses group and other write permission if it had it (a umask of 002 makes such folders; anything another
/// user planted there meanwhile is refused below, being theirs); the file is opened without following a link in its
/// last component, must be a regular file of this user with one link, and is created 0600.
/// </summary>
public static class PrivateFiles
{
    /// <summary>rw-------.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="directory"/> (0700) when missing, and checks that it is this user's and private enough.</summary>
    /// <exception cref="IOException">The folder belongs to another user or is writable by group or others.</exception>
    public static void EnsureDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!OperatingSystem.IsLinux())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        if (!Directory.Exists(directory))
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var fd = Native.OpenAt(Native.AT_FDCWD, directory, Native.O_PATH | Native.O_DIRECTORY | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            throw new IOException($"'{directory}' cannot be opened: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
        }

        try
        {
            if (!CheckDirectory(fd, directory))
            {
                // Ours but group/other-writable: narrow it (checked on the descriptor; the chmod is by path, and
                // re-checked below on the descriptor the file is opened in).
                var mode = File.GetUnixFileMode(directory);
                File.SetUnixFileMode(directory, mode & ~(UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
            }
        }
        finally
        {
            Native.Close(fd);
        }
    }

    /// <summary>Opens <paramref name="path"/> for appending (creating it 0600), after <see cref="EnsureDirectory"/> on its folder.</summary>
    /// <exception cref="IOException">The folder or the file is not private to this user, or the file is a link or not a regular file.</exception>
    public static SafeFileHandle OpenAppend(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        EnsureDirectory(directory);
        if (!OperatingSystem.IsLinux())
        {
            return File.OpenHandle(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }

        var dir = Native.OpenAt(Native.AT_FDCWD, directory, Native.O_PATH | Native.O_DIRECTORY | Native.O_CLOEXEC, 0);
        if (dir < 0)
        {
            throw new IOException($"'{directory}' cannot be opened: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
        }

        try
        {
            // The folder checked on the descriptor we then open the file in, so a swap of the path in between changes nothing.
            if (!CheckDirectory(dir, directory))
            {
                throw new IOException($"'{directory}' is writable by group or others; make it 0700");
            }

            var name = Path.GetFileName(full);
            var fd = Native.OpenAt(dir, name, Native.O_WRONLY | Native.O_APPEND | Native.O_CREAT | Native.O_NOFOLLOW | Native.O_NONBLOCK | Native.O_NOCTTY | Native.O_CLOEXEC, (uint)OwnerOnly);
            if (fd < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                throw new IOException(errno == Native.ELOOP
                    ? $"'{full}' is a symbolic link; it is not followed"
                    : $"'{full}' cannot be opened: {WorkspacePath.Describe(errno)}");
            }

            var handle = new SafeFileHandle(fd, ownsHandle: true);
            if (!Native.TryStatFd(fd, out var stat) || stat.Type != Native.S_IFREG || stat.LinkCount != 1 || stat.Owner != Native.GetEffectiveUserId())
            {
                handle.Dispose();
                throw new IOException($"'{full}' is not a regular file of this user with one link ({stat.Kind}, {stat.LinkCount} link(s), owner {stat.Owner})");
            }

            return handle;
        }
        finally
        {
            Native.Close(dir);
        }
    }

    /// <summary>
    /// Creates <paramref name="path"/> empty and 0600 when it does not exist (never through a link), or narrows an
    /// existing file to 0600; for files another library opens by path afterwards (SQLite copies the database's mode
    /// to its <c>-wal</c> and <c>-shm</c> files).
    /// </summary>
    public static void EnsurePrivateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        EnsureDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var handle = OpenAppend(path);
        if (Native.Fchmod((int)handle.DangerousGetHandle(), (uint)OwnerOnly) != 0)
        {
            throw new IOException($"'{path}' cannot be made private: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
        }
    }

    // Throws when the folder is not ours; false when it is ours but writable by group or others.
    private static bool CheckDirectory(int fd, string directory)
    {
        if (!Native.TryStatFd(fd, out var stat))
        {
            throw new IOException($"'{directory}' cannot be examined: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
        }

        var me = Native.GetEffectiveUserId();
        if (stat.Owner != me)
        {
            throw new IOException($"'{directory}' belongs to user {stat.Owner}, not to this user ({me}); use a folder of its own");
        }

        return (stat.Mode & 0x12) == 0;
    }
}
