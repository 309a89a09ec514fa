using System.Text;

namespace NixClaw.Runtime.Files;

/// <summary>The outcome of reading one workspace file: its bytes, or why it was not read.</summary>
/// <param name="RelativePath">The path as asked for, relative to the workspace.</param>
/// <param name="Status">How the read ended.</param>
/// <param name="Content">The bytes when <see cref="Status"/> is <see cref="WorkspaceFileStatus.Read"/>; empty otherwise.</param>
/// <param name="Reason">Why the file was not read, for logs and reports (never content); null when read or missing.</param>
public sealed record WorkspaceFileRead(string RelativePath, WorkspaceFileStatus Status, byte[] Content, string? Reason)
{
    /// <summary>The file's size when it was opened (0 when not opened).</summary>
    public long Size { get; init; }

    /// <summary>Its permission bits, for a rewrite that keeps them.</summary>
    public UnixFileMode Mode { get; init; }

    /// <summary>Only the first bytes were read (<see cref="WorkspaceFileReader.ReadHead"/> of a larger file).</summary>
    public bool IsTruncated { get; init; }

    /// <summary>Whether the file was read.</summary>
    public bool IsRead => Status == WorkspaceFileStatus.Read;

    /// <summary>Whether the file was refused or failed (not read, and not simply missing).</summary>
    public bool IsProblem => Status is not (WorkspaceFileStatus.Read or WorkspaceFileStatus.Missing);

    /// <summary>The content as UTF-8 text (invalid sequences become U+FFFD).</summary>
    public string Text => Encoding.UTF8.GetString(Content);

    internal static WorkspaceFileRead Refused(string path, WorkspaceFileStatus status, string reason) => new(path, status, [], reason);
}
