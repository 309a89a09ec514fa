namespace NixClaw.Runtime.Files;

/// <summary>A workspace file could not be written safely (a link or a special file in the way, or an I/O error).</summary>
public sealed class WorkspaceFileException : IOException
{
    public WorkspaceFileException(string relativePath, WorkspaceFileStatus status, string reason)
        : base($"'{relativePath}': {reason}")
    {
        RelativePath = relativePath;
        Status = status;
        Reason = reason;
    }

    public WorkspaceFileException()
    {
        RelativePath = "";
        Reason = "";
    }

    public WorkspaceFileException(string message)
        : base(message)
    {
        RelativePath = "";
        Reason = message;
    }

    public WorkspaceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        RelativePath = "";
        Reason = message;
    }

    /// <summary>The path relative to the workspace.</summary>
    public string RelativePath { get; }

    /// <summary>Which refusal it was (<see cref="WorkspaceFileStatus.Unreadable"/> for plain I/O errors).</summary>
    public WorkspaceFileStatus Status { get; }

    /// <summary>The reason without the path.</summary>
    public string Reason { get; }
}
