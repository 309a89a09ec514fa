namespace NixClaw.Runtime.Files;

/// <summary>How reading a workspace file ended.</summary>
public enum WorkspaceFileStatus
{
    /// <summary>Read: a regular file with one link, within the size cap.</summary>
    Read,

    /// <summary>No such file (nothing to report: optional files may be missing).</summary>
    Missing,

    /// <summary>The path is absolute, contains <c>..</c>, NUL or nothing.</summary>
    InvalidPath,

    /// <summary>The file, or a folder on the way to it, is a symbolic link.</summary>
    Symlink,

    /// <summary>A FIFO, socket, device or directory where a file was expected, or a file where a folder was expected.</summary>
    NotRegularFile,

    /// <summary>A regular file with more than one hard link (it may be a host file linked in).</summary>
    HardLinked,

    /// <summary>Larger than the cap.</summary>
    TooLarge,

    /// <summary>Could not be opened or read (permissions, I/O error).</summary>
    Unreadable,
}
