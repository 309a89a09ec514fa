using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Sandbox.Files;

/// <summary>
/// File access confined to a workspace directory. Paths are relative, without <c>..</c>; every component is
/// opened with <c>openat(O_NOFOLLOW)</c> from the directory above it, so a symlink anywhere in the path is
/// refused, and a command swapping a directory for a symlink between calls cannot redirect an access.
/// Writes go to a temporary file in the same directory and are renamed over the target (atomic; a symlink at
/// the target is replaced, never followed).
/// </summary>
public sealed class WorkspaceFiles
{
    private readonly string _root;
    private readonly WorkspaceFileLimits _limits;

    public WorkspaceFiles(string root, WorkspaceFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        // openat, statx and /proc/self/fd: Linux only (this also satisfies the platform analyzer below).
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Workspace file tools need Linux.");
        }

        if (!Path.IsPathRooted(root))
        {
            throw new ArgumentException($"The workspace root must be absolute: '{root}'.", nameof(root));
        }

        _root = root;
        _limits = limits;
    }

    /// <summary>The text of a file (UTF-8), cut to <see cref="WorkspaceFileLimits.MaxReadBytes"/> with a marker line.</summary>
    public string Read(string path)
    {
        var (dirs, name) = SplitFile(path);
        using var dir = OpenDirectory(path, dirs, create: false);
        using var file = OpenRegularFile(dir, path, name, out var size);
        var length = (int)Math.Min(size, _limits.MaxReadBytes);
        var buffer = new byte[length];
        var read = RandomAccess.Read(file, buffer, 0);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return size <= _limits.MaxReadBytes
            ? text
            : text + $"\n[nixclaw: file truncated: showing the first {_limits.MaxReadBytes} of {size} bytes]\n";
    }

    /// <summary>Creates or replaces a file (and its missing parent directories).</summary>
    public void Write(string path, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = Encoding.UTF8.GetBytes(content);
        if (bytes.Length > _limits.MaxWriteBytes)
        {
            throw new WorkspaceFileException($"'{path}': {bytes.Length} bytes is more than the {_limits.MaxWriteBytes}-byte write limit.");
        }

        var (dirs, name) = SplitFile(path);
        using var dir = OpenDirectory(path, dirs, create: true);
        Replace(dir, path, name, bytes, mode: null);
    }

    /// <summary>Replaces the one occurrence of <paramref name="oldText"/> with <paramref name="newText"/>.</summary>
    /// <returns>The new size in bytes.</returns>
    public int Edit(string path, string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        if (oldText.Length == 0)
        {
            throw new WorkspaceFileException($"'{path}': the text to replace is empty.");
        }

        var (dirs, name) = SplitFile(path);
        using var dir = OpenDirectory(path, dirs, create: false);
        string text;
        UnixFileMode mode;
        using (var file = OpenRegularFile(dir, path, name, out var size))
        {
            if (size > _limits.MaxReadBytes)
            {
                throw new WorkspaceFileException($"'{path}' is {size} bytes, more than the {_limits.MaxReadBytes}-byte limit for edit; use exec to change it.");
            }

            var buffer = new byte[size];
            var read = RandomAccess.Read(file, buffer, 0);
            text = Encoding.UTF8.GetString(buffer, 0, read);
            mode = OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(file);
        }

        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0)
        {
            throw new WorkspaceFileException($"'{path}': the text to replace was not found.");
        }

        if (text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new WorkspaceFileException($"'{path}': the text to replace occurs more than once; include more context so it matches once.");
        }

        var bytes = Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, first), newText, text.AsSpan(first + oldText.Length)));
        if (bytes.Length > _limits.MaxWriteBytes)
        {
            throw new WorkspaceFileException($"'{path}': the result, {bytes.Length} bytes, is more than the {_limits.MaxWriteBytes}-byte write limit.");
        }

        Replace(dir, path, name, bytes, mode);
        return bytes.Length;
    }

    /// <summary>The entries of a directory (<c>"."</c> or empty for the workspace root), sorted by name.</summary>
    public IReadOnlyList<WorkspaceEntry> List(string path, out bool truncated)
    {
        var dirs = Split(path, allowRoot: true);
        using var dir = OpenDirectory(path, dirs, create: false);
        // The magic link /proc/self/fd/N names exactly the directory we opened, whatever happens to its path.
        var entries = Directory.EnumerateFileSystemEntries($"/proc/self/fd/{dir.Fd}")
            .Select(p => Describe(dir, Path.GetFileName(p)))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        truncated = entries.Count > _limits.MaxListEntries;
        return truncated ? entries[.._limits.MaxListEntries] : entries;
    }

    private static WorkspaceEntry Describe(DirectoryFd dir, string name)
    {
        var (mode, size) = Native.StatAt(dir.Fd, name);
        return (mode & Native.S_IFMT) switch
        {
            Native.S_IFREG => new(name, "file", size),
            Native.S_IFDIR => new(name, "directory", null),
            Native.S_IFLNK => new(name, "symlink", null),
            _ => new(name, "other", null),
        };
    }

    /// <summary>Splits a relative path into segments, refusing anything that could leave the workspace.</summary>
    internal static List<string> Split(string path, bool allowRoot)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new WorkspaceFileException("The path contains a NUL character.");
        }

        if (path.StartsWith('/') || path.StartsWith('~'))
        {
            throw new WorkspaceFileException($"'{path}' is absolute; give a path relative to the workspace.");
        }

        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                throw new WorkspaceFileException($"'{path}' contains '..'; paths must stay inside the workspace.");
            }

            if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        if (segments.Count == 0 && !allowRoot)
        {
            throw new WorkspaceFileException($"'{path}' names the workspace itself, not a file.");
        }

        return segments;
    }

    private static (List<string> Dirs, string Name) SplitFile(string path)
    {
        var segments = Split(path, allowRoot: false);
        return (segments[..^1], segments[^1]);
    }

    private DirectoryFd OpenDirectory(string path, List<string> dirs, bool create)
    {
        var fd = Native.OpenAt(-100, _root, Native.O_RDONLY | Native.O_DIRECTORY | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            throw new WorkspaceFileException($"The workspace '{_root}' cannot be opened: {Marshal.GetLastPInvokeErrorMessage()}.");
        }

        var current = new DirectoryFd(fd);
        try
        {
            foreach (var segment in dirs)
            {
                var next = Native.OpenAt(current.Fd, segment, Native.O_RDONLY | Native.O_DIRECTORY | Native.O_NOFOLLOW | Native.O_CLOEXEC, 0);
                if (next < 0 && Marshal.GetLastPInvokeError() == Native.ENOENT && create)
                {
                    if (Native.MkdirAt(current.Fd, segment, 0x1ED) != 0 && Marshal.GetLastPInvokeError() != Native.EEXIST)
                    {
                        throw new WorkspaceFileException($"'{path}': cannot create directory '{segment}': {Marshal.GetLastPInvokeErrorMessage()}.");
                    }

                    next = Native.OpenAt(current.Fd, segment, Native.O_RDONLY | Native.O_DIRECTORY | Native.O_NOFOLLOW | Native.O_CLOEXEC, 0);
                }

                if (next < 0)
                {
                    throw Refusal(path, segment, Marshal.GetLastPInvokeError(), "directory");
                }

                current.Dispose();
                current = new DirectoryFd(next);
            }

            return current;
        }
        catch
        {
            current.Dispose();
            throw;
        }
    }

    private static SafeFileHandle OpenRegularFile(DirectoryFd dir, string path, string name, out long size)
    {
        // O_NONBLOCK: opening a FIFO must not hang; it is refused below as not a regular file.
        var fd = Native.OpenAt(dir.Fd, name, Native.O_RDONLY | Native.O_NOFOLLOW | Native.O_NONBLOCK | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            throw Refusal(path, name, Marshal.GetLastPInvokeError(), "file");
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var (mode, length) = Native.StatFd(fd);
        if ((mode & Native.S_IFMT) != Native.S_IFREG)
        {
            handle.Dispose();
            throw new WorkspaceFileException($"'{path}' is not a regular file.");
        }

        size = length;
        return handle;
    }

    private static void Replace(DirectoryFd dir, string path, string name, byte[] bytes, UnixFileMode? mode)
    {
        var temp = $".{name}.nixclaw-{Guid.NewGuid():N}";
        var fd = Native.OpenAt(dir.Fd, temp, Native.O_WRONLY | Native.O_CREAT | Native.O_EXCL | Native.O_NOFOLLOW | Native.O_CLOEXEC, 0x1A4);
        if (fd < 0)
        {
            throw new WorkspaceFileException($"'{path}': cannot write: {Marshal.GetLastPInvokeErrorMessage()}.");
        }

        try
        {
            using (var handle = new SafeFileHandle(fd, ownsHandle: true))
            {
                RandomAccess.Write(handle, bytes, 0);
                if (mode is { } m && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(handle, m);
                }
            }

            if (Native.RenameAt(dir.Fd, temp, dir.Fd, name) != 0)
            {
                throw new WorkspaceFileException($"'{path}': cannot replace: {Marshal.GetLastPInvokeErrorMessage()}.");
            }
        }
        catch
        {
            Native.UnlinkAt(dir.Fd, temp, 0);
            throw;
        }
    }

    private static WorkspaceFileException Refusal(string path, string segment, int errno, string what) => errno switch
    {
        Native.ENOENT => new($"'{path}' does not exist."),
        Native.ELOOP => new($"'{path}': '{segment}' is a symbolic link; file tools do not follow links."),
        Native.ENOTDIR => new($"'{path}': '{segment}' is not a directory (or is a symbolic link, which file tools do not follow)."),
        _ => new($"'{path}': cannot open {what} '{segment}': {new System.ComponentModel.Win32Exception(errno).Message}."),
    };

    /// <summary>An open directory file descriptor.</summary>
    private sealed class DirectoryFd(int fd) : IDisposable
    {
        public int Fd { get; } = fd;

        public void Dispose() => Native.Close(Fd);
    }
}
