using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Files;

/// <summary>
/// The one way host code writes into a workspace (shared files, templates). Folders are walked as by
/// <see cref="WorkspaceFileReader"/> (no link is followed, missing folders are made); the content goes to a fresh
/// temporary file created with <c>O_CREAT | O_EXCL | O_NOFOLLOW</c> in the opened folder, which is then renamed
/// (<c>renameat</c>) over the target, or hard-linked to it (<c>linkat</c>, which never replaces) when the target must
/// not exist yet. A symlink, FIFO or hard link planted at the target is replaced as a directory entry, never written
/// through, and a reader never sees a half-written file.
/// </summary>
public static class WorkspaceFileWriter
{
    /// <summary>Creates or replaces <paramref name="relativePath"/> with <paramref name="content"/>.</summary>
    /// <exception cref="WorkspaceFileException">A folder on the way is a link or not a folder, or the write failed.</exception>
    public static void Replace(string workspaceRoot, string relativePath, ReadOnlySpan<byte> content, UnixFileMode mode = DefaultMode) =>
        Write(workspaceRoot, relativePath, content, mode, replace: true);

    /// <summary>Creates <paramref name="relativePath"/> when nothing (not even a dangling link) has that name; false when something does.</summary>
    /// <exception cref="WorkspaceFileException">A folder on the way is a link or not a folder, or the write failed.</exception>
    public static bool CreateNew(string workspaceRoot, string relativePath, ReadOnlySpan<byte> content, UnixFileMode mode = DefaultMode) =>
        Write(workspaceRoot, relativePath, content, mode, replace: false);

    /// <summary>rw-r--r--.</summary>
    public const UnixFileMode DefaultMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private static bool Write(string root, string relativePath, ReadOnlySpan<byte> content, UnixFileMode mode, bool replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Workspace files are written with Linux system calls.");
        }

        if (!WorkspacePath.TrySplit(relativePath, out var folders, out var name, out var invalid))
        {
            throw new WorkspaceFileException(relativePath, WorkspaceFileStatus.InvalidPath, invalid!);
        }

        var dir = WorkspacePath.OpenFolder(root, folders, create: true, out var status, out var reason);
        if (dir < 0)
        {
            throw new WorkspaceFileException(relativePath, status, reason!);
        }

        try
        {
            if (!replace && Native.TryStatAt(dir, name, out _))
            {
                return false;
            }

            var temp = $".{name}.nixclaw-{Guid.NewGuid():N}";
            var fd = Native.OpenAt(dir, temp, Native.O_WRONLY | Native.O_CREAT | Native.O_EXCL | Native.O_NOFOLLOW | Native.O_CLOEXEC, (uint)mode);
            if (fd < 0)
            {
                throw new WorkspaceFileException(relativePath, WorkspaceFileStatus.Unreadable, $"cannot create a temporary file: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
            }

            try
            {
                using (var handle = new SafeFileHandle(fd, ownsHandle: true))
                {
                    RandomAccess.Write(handle, content, 0);

                    // The umask may have narrowed the mode given to openat.
                    Native.Fchmod(fd, (uint)mode);
                }

                if (replace)
                {
                    if (Native.RenameAt(dir, temp, dir, name) != 0)
                    {
                        var errno = Marshal.GetLastPInvokeError();
                        throw new WorkspaceFileException(relativePath, errno == Native.EISDIR ? WorkspaceFileStatus.NotRegularFile : WorkspaceFileStatus.Unreadable,
                            $"cannot replace '{name}': {WorkspacePath.Describe(errno)}");
                    }

                    return true;
                }

                // linkat never replaces an existing name (EEXIST), whatever raced in since the check above.
                if (Native.LinkAt(dir, temp, dir, name, 0) != 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno == Native.EEXIST)
                    {
                        return false;
                    }

                    throw new WorkspaceFileException(relativePath, WorkspaceFileStatus.Unreadable, $"cannot create '{name}': {WorkspacePath.Describe(errno)}");
                }

                return true;
            }
            finally
            {
                // After a rename the temporary name is gone (ENOENT, ignored); after a link it is the second link.
                Native.UnlinkAt(dir, temp, 0);
            }
        }
        finally
        {
            Native.Close(dir);
        }
    }
}
