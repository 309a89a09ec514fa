using System.Runtime.InteropServices;
using System.Text;
using LibGit2Sharp;
using Microsoft.Win32.SafeHandles;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Turns work-tree entries into blobs without ever reading through a link: what <c>git add</c> would do, minus
/// libgit2's path-based open (which follows a folder the agent swaps for a symlink between status and add, and so
/// could commit and push a host file).
/// </summary>
/// <remarks>
/// A regular file is opened with O_NOFOLLOW|O_NONBLOCK, then the kernel's own name for the open file
/// (<c>/proc/self/fd/N</c>) must be exactly the expected path inside the work tree: any symlinked folder on the way
/// makes it differ, and the check is on the open descriptor, so it cannot race. A symlink is stored as a link object
/// (its target string, as git does), never followed. Hard links: an agent cannot make one to a file outside its
/// workspace (link(2) across the sandbox's bind mount fails with EXDEV), so a file with several links is read like any
/// other; one the host made would be read too, which is why shared files are copied, never linked. Content is stored
/// as is: no filter (<c>.gitattributes</c> text/eol/ident, or a filter driver) is applied.
/// Not <c>NixClaw.Runtime.Files.WorkspaceFileReader</c>: that reader caps the size and refuses files with several links,
/// which is right for what the host reads into a prompt, while git must store every file of the work tree as it is.
/// </remarks>
internal static class WorkTreeBlobs
{
    private const int OpenReadOnly = 0, OpenNoFollow = 0x20000, OpenNonBlock = 0x800, OpenCloseOnExec = 0x80000; // Linux

    /// <summary>What a work-tree path is, seen without following links.</summary>
    public enum Kind
    {
        Missing,
        File,
        Link,
        Other,
    }

    public static Kind KindOf(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
        {
            return Kind.Link;
        }

        if (info.Exists)
        {
            return Kind.File;
        }

        return Directory.Exists(fullPath) ? Kind.Other : Kind.Missing;
    }

    /// <summary>The blob and mode for <paramref name="relativePath"/>, or null when it is not a regular file or link inside <paramref name="workTree"/>.</summary>
    public static (Blob Blob, Mode Mode)? Create(Repository repo, string workTree, string relativePath)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workTree));
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + "/", StringComparison.Ordinal))
        {
            return null;
        }

        switch (KindOf(full))
        {
            case Kind.Link:
                var target = new FileInfo(full).LinkTarget!;
                using (var content = new MemoryStream(Encoding.UTF8.GetBytes(target)))
                {
                    return (repo.ObjectDatabase.CreateBlob(content), Mode.SymbolicLink);
                }

            case Kind.File:
                return CreateFromFile(repo, root, full);
            default:
                return null;
        }
    }

    private static (Blob Blob, Mode Mode)? CreateFromFile(Repository repo, string root, string full)
    {
        // The work tree's own path may contain host symlinks (a symlinked home, say): compare against the kernel's
        // name for the root, which the agent cannot change (it is the sandbox's mount point, or above it).
        if (CanonicalDirectory(root) is not { } canonicalRoot)
        {
            return null;
        }

        var fd = Open(full, OpenReadOnly | OpenNoFollow | OpenNonBlock | OpenCloseOnExec);
        if (fd < 0)
        {
            return null; // a link swapped in at the last component (ELOOP), or gone
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var actual = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
        if (!string.Equals(actual, canonicalRoot + full[root.Length..], StringComparison.Ordinal))
        {
            return null; // reached through a symlinked folder (or /proc is missing): refused, never followed
        }

        if (File.GetAttributes(handle).HasFlag(FileAttributes.Directory))
        {
            return null;
        }

        var mode = !OperatingSystem.IsWindows() && File.GetUnixFileMode(handle).HasFlag(UnixFileMode.UserExecute) ? Mode.ExecutableFile : Mode.NonExecutableFile;
        try
        {
            using var stream = new FileStream(handle, FileAccess.Read);
            if (!stream.CanSeek)
            {
                return null; // a FIFO, socket or device: not something git stores
            }

            return (repo.ObjectDatabase.CreateBlob(stream), mode);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The kernel's path of a folder (all links resolved), read from its open descriptor.</summary>
    private static string? CanonicalDirectory(string path)
    {
        const int Directory = 0x10000; // O_DIRECTORY
        var fd = Open(path, OpenReadOnly | Directory | OpenCloseOnExec);
        if (fd < 0)
        {
            return null;
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        return new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
