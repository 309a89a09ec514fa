using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Files;

/// <summary>
/// Walks a relative path from a workspace root one component at a time, each folder opened with
/// <c>openat(O_PATH | O_DIRECTORY | O_NOFOLLOW)</c> from the descriptor of the folder above it: a symlink anywhere on
/// the way is refused, and swapping a folder for a link while we walk cannot redirect us (we never look a path up
/// again; every later step is relative to a descriptor we already hold). The root itself comes from the operator's
/// configuration and is trusted, so it may be reached through links.
/// </summary>
internal static class WorkspacePath
{
    /// <summary>The folders and the file name of <paramref name="relativePath"/>, or why the path is refused.</summary>
    public static bool TrySplit(string relativePath, out List<string> folders, out string name, out string? reason)
    {
        folders = [];
        name = "";
        reason = null;
        if (relativePath.Contains('\0', StringComparison.Ordinal))
        {
            reason = "the path contains a NUL character";
            return false;
        }

        if (relativePath.StartsWith('/'))
        {
            reason = "the path is absolute; workspace paths are relative";
            return false;
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment == "..")
            {
                reason = "the path contains '..'";
                return false;
            }

            if (segment is not ("" or "."))
            {
                folders.Add(segment);
            }
        }

        if (folders.Count == 0)
        {
            reason = "the path names the workspace itself, not a file";
            return false;
        }

        name = folders[^1];
        folders.RemoveAt(folders.Count - 1);
        return true;
    }

    /// <summary>
    /// Opens the folder holding the file; <paramref name="create"/> makes missing folders (mode 0755). On failure the
    /// descriptor is -1 and <paramref name="status"/>/<paramref name="reason"/> say why.
    /// </summary>
    public static int OpenFolder(string root, List<string> folders, bool create, out WorkspaceFileStatus status, out string? reason)
    {
        status = WorkspaceFileStatus.Read;
        reason = null;
        var fd = Native.OpenAt(Native.AT_FDCWD, root, Native.O_PATH | Native.O_DIRECTORY | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            status = errno == Native.ENOENT ? WorkspaceFileStatus.Missing : WorkspaceFileStatus.Unreadable;
            reason = $"the workspace '{root}' cannot be opened: {Describe(errno)}";
            return -1;
        }

        foreach (var segment in folders)
        {
            var flags = Native.O_PATH | Native.O_DIRECTORY | Native.O_NOFOLLOW | Native.O_CLOEXEC;
            var next = Native.OpenAt(fd, segment, flags, 0);
            if (next < 0 && create && Marshal.GetLastPInvokeError() == Native.ENOENT)
            {
                // mkdirat never follows a link in the last component; EEXIST means someone raced us, and the
                // O_NOFOLLOW open below then decides what it is.
                if (Native.MkdirAt(fd, segment, 0x1ED) == 0 || Marshal.GetLastPInvokeError() == Native.EEXIST)
                {
                    next = Native.OpenAt(fd, segment, flags, 0);
                }
            }

            if (next < 0)
            {
                (status, reason) = Refusal(fd, segment, Marshal.GetLastPInvokeError(), expectFolder: true);
                Native.Close(fd);
                return -1;
            }

            Native.Close(fd);
            fd = next;
        }

        return fd;
    }

    /// <summary>Why opening <paramref name="segment"/> in <paramref name="dirFd"/> failed with <paramref name="errno"/>.</summary>
    public static (WorkspaceFileStatus Status, string Reason) Refusal(int dirFd, string segment, int errno, bool expectFolder)
    {
        if (errno == Native.ENOENT)
        {
            return (WorkspaceFileStatus.Missing, $"'{segment}' does not exist");
        }

        if (errno is Native.ELOOP or Native.ENOTDIR or Native.ENXIO or Native.EISDIR)
        {
            // The open already failed; this lstat only words the message (its answer decides nothing).
            var kind = Native.TryStatAt(dirFd, segment, out var stat) ? stat : default;
            if (kind.Type == Native.S_IFLNK)
            {
                return (WorkspaceFileStatus.Symlink, $"'{segment}' is a symbolic link; links in workspaces are not followed");
            }

            return (WorkspaceFileStatus.NotRegularFile, expectFolder
                ? $"'{segment}' is a {kind.Kind}, not a folder"
                : $"'{segment}' is a {kind.Kind}, not a regular file");
        }

        return (WorkspaceFileStatus.Unreadable, $"'{segment}' cannot be opened: {Describe(errno)}");
    }

    public static string Describe(int errno) => new System.ComponentModel.Win32Exception(errno).Message;
}
