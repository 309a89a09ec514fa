using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Files;

/// <summary>
/// The one way host code reads a file an agent can write (anything in its workspace). Everything there is
/// attacker-controlled, so a read refuses, without blocking and without racing:
/// <list type="bullet">
/// <item>a symbolic link as the file or as any folder on the way (each component is opened with <c>O_NOFOLLOW</c>
/// from the descriptor of the folder above, see <see cref="WorkspacePath"/>), however many hops it has;</item>
/// <item>anything but a regular file: FIFOs (opened with <c>O_NONBLOCK</c>, so opening one cannot hang), sockets,
/// devices, directories; the type is checked with <c>fstat</c> on the opened descriptor, never on the path;</item>
/// <item>a regular file with more than one hard link: an agent whose sandbox can see a host file on the same file
/// system could hard-link it into the workspace, and no path check can tell the two names apart;</item>
/// <item>a file larger than the cap: at most cap + 1 bytes are read, so a huge or sparse file costs nothing.</item>
/// </list>
/// Every outcome is a <see cref="WorkspaceFileRead"/> naming the path and the reason; nothing throws for a hostile
/// file, so one bad file never stops the caller (an agent's lane).
/// </summary>
public static class WorkspaceFileReader
{
    /// <summary>Reads <paramref name="relativePath"/> below <paramref name="workspaceRoot"/>, at most <paramref name="maxBytes"/> bytes.</summary>
    public static WorkspaceFileRead Read(string workspaceRoot, string relativePath, int maxBytes) =>
        ReadCore(workspaceRoot, relativePath, maxBytes, truncate: false);

    /// <summary>
    /// Like <see cref="Read"/>, but a larger file is not refused: its first <paramref name="maxBytes"/> bytes are
    /// returned with <see cref="WorkspaceFileRead.IsTruncated"/> set (the agent's <c>read</c> tool).
    /// </summary>
    public static WorkspaceFileRead ReadHead(string workspaceRoot, string relativePath, int maxBytes) =>
        ReadCore(workspaceRoot, relativePath, maxBytes, truncate: true);

    private static WorkspaceFileRead ReadCore(string workspaceRoot, string relativePath, int maxBytes, bool truncate)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceRoot);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Workspace files are read with Linux system calls.");
        }

        if (!WorkspacePath.TrySplit(relativePath, out var folders, out var name, out var invalid))
        {
            return WorkspaceFileRead.Refused(relativePath, WorkspaceFileStatus.InvalidPath, invalid!);
        }

        var dir = WorkspacePath.OpenFolder(workspaceRoot, folders, create: false, out var status, out var reason);
        if (dir < 0)
        {
            return Result(relativePath, status, reason!);
        }

        try
        {
            return ReadIn(dir, relativePath, name, maxBytes, truncate);
        }
        finally
        {
            Native.Close(dir);
        }
    }

    private static WorkspaceFileRead ReadIn(int dir, string relativePath, string name, int maxBytes, bool truncate)
    {
        // A cheap look first, so a device is never even opened (opening some has side effects). It decides nothing on
        // its own: the checks that count are made on the descriptor below.
        if (Native.TryStatAt(dir, name, out var before) && before.Type != Native.S_IFREG)
        {
            return before.Type == Native.S_IFLNK
                ? Result(relativePath, WorkspaceFileStatus.Symlink, $"'{name}' is a symbolic link; links in workspaces are not followed")
                : Result(relativePath, WorkspaceFileStatus.NotRegularFile, $"'{name}' is a {before.Kind}, not a regular file");
        }

        var fd = Native.OpenAt(dir, name, Native.O_RDONLY | Native.O_NOFOLLOW | Native.O_NONBLOCK | Native.O_NOCTTY | Native.O_CLOEXEC, 0);
        if (fd < 0)
        {
            var (status, reason) = WorkspacePath.Refusal(dir, name, Marshal.GetLastPInvokeError(), expectFolder: false);
            return Result(relativePath, status, reason);
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (!Native.TryStatFd(fd, out var stat))
        {
            return Result(relativePath, WorkspaceFileStatus.Unreadable, $"'{name}' cannot be examined: {WorkspacePath.Describe(Marshal.GetLastPInvokeError())}");
        }

        if (stat.Type != Native.S_IFREG)
        {
            return Result(relativePath, WorkspaceFileStatus.NotRegularFile, $"'{name}' is a {stat.Kind}, not a regular file");
        }

        if (stat.LinkCount > 1)
        {
            return Result(relativePath, WorkspaceFileStatus.HardLinked, $"'{name}' has {stat.LinkCount} hard links; a workspace file must have one");
        }

        if (stat.Size > maxBytes && !truncate)
        {
            return Result(relativePath, WorkspaceFileStatus.TooLarge, $"'{name}' is {stat.Size} bytes, more than the {maxBytes}-byte limit") with { Size = stat.Size };
        }

        // The size can change after fstat: read one byte more than the cap to see a file that grew past it.
        var buffer = new byte[Math.Min((long)maxBytes + 1, stat.Size + 1)];
        var mode = (UnixFileMode)(stat.Mode & 0xFFF);
        var total = 0;
        try
        {
            while (total < buffer.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total == buffer.Length && buffer.Length <= maxBytes)
                {
                    // Grew while we read and is still within the cap: keep reading, up to cap + 1.
                    Array.Resize(ref buffer, (int)Math.Min((long)maxBytes + 1, buffer.Length * 2L));
                }
            }
        }
        catch (IOException ex)
        {
            return Result(relativePath, WorkspaceFileStatus.Unreadable, $"'{name}' cannot be read: {ex.Message}");
        }

        if (total > maxBytes && truncate)
        {
            return new WorkspaceFileRead(relativePath, WorkspaceFileStatus.Read, buffer[..maxBytes], null)
            {
                Size = Math.Max(stat.Size, total),
                Mode = mode,
                IsTruncated = true,
            };
        }

        if (total > maxBytes)
        {
            return Result(relativePath, WorkspaceFileStatus.TooLarge, $"'{name}' is more than the {maxBytes}-byte limit") with { Size = Math.Max(stat.Size, total) };
        }

        return new WorkspaceFileRead(relativePath, WorkspaceFileStatus.Read, total == buffer.Length ? buffer : buffer[..total], null) { Size = total, Mode = mode };
    }

    private static WorkspaceFileRead Result(string relativePath, WorkspaceFileStatus status, string reason) =>
        status == WorkspaceFileStatus.Missing
            ? new WorkspaceFileRead(relativePath, status, [], null)
            : WorkspaceFileRead.Refused(relativePath, status, reason);
}
