using System.Runtime.InteropServices;
using System.Text;
using SafeFiles = NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Sandbox.Files;

/// <summary>
/// The agent's file tools, confined to a workspace directory. Paths are relative, without <c>..</c>. Reads and
/// writes go through <see cref="SafeFiles.WorkspaceFileReader"/> and <see cref="SafeFiles.WorkspaceFileWriter"/>, the
/// one host-side way into a workspace: every component is opened with <c>openat(O_NOFOLLOW)</c> from the directory
/// above it, so a symlink anywhere in the path is refused and a swap between calls cannot redirect an access; FIFOs,
/// sockets, devices and files with several hard links are refused; writes go to a temporary file renamed over the
/// target (atomic; a symlink at the target is replaced, never followed). Listing opens folders the same way.
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
        SplitFile(path);
        var read = Checked(path, SafeFiles.WorkspaceFileReader.ReadHead(_root, path, _limits.MaxReadBytes));
        var text = read.Text;
        return read.IsTruncated
            ? text + $"\n[nixclaw: file truncated: showing the first {_limits.MaxReadBytes} of {read.Size} bytes]\n"
            : text;
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

        SplitFile(path);
        Replace(path, bytes, SafeFiles.WorkspaceFileWriter.DefaultMode);
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

        SplitFile(path);
        var read = SafeFiles.WorkspaceFileReader.Read(_root, path, _limits.MaxReadBytes);
        if (read.Status == SafeFiles.WorkspaceFileStatus.TooLarge)
        {
            throw new WorkspaceFileException($"'{path}' is {read.Size} bytes, more than the {_limits.MaxReadBytes}-byte limit for edit; use exec to change it.");
        }

        var text = Checked(path, read).Text;
        var mode = read.Mode;

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

        Replace(path, bytes, mode);
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

    // A refused read as the tool's error: the reason names the path component, never content.
    private static SafeFiles.WorkspaceFileRead Checked(string path, SafeFiles.WorkspaceFileRead read) => read.Status switch
    {
        SafeFiles.WorkspaceFileStatus.Read => read,
        SafeFiles.WorkspaceFileStatus.Missing => throw new WorkspaceFileException($"'{path}' does not exist."),
        SafeFiles.WorkspaceFileStatus.Symlink => throw new WorkspaceFileException($"'{path}': {read.Reason}; file tools do not follow symbolic links."),
        SafeFiles.WorkspaceFileStatus.NotRegularFile => throw new WorkspaceFileException($"'{path}' is not a regular file: {read.Reason}."),
        _ => throw new WorkspaceFileException($"'{path}': {read.Reason}."),
    };

    private void Replace(string path, byte[] bytes, UnixFileMode mode)
    {
        try
        {
            SafeFiles.WorkspaceFileWriter.Replace(_root, path, bytes, mode);
        }
        catch (SafeFiles.WorkspaceFileException e)
        {
            throw new WorkspaceFileException(e.Status == SafeFiles.WorkspaceFileStatus.Symlink
                ? $"'{path}': {e.Reason}; file tools do not follow symbolic links."
                : $"'{path}': cannot write: {e.Reason}.", e);
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
