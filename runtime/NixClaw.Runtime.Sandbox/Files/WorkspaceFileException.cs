namespace NixClaw.Runtime.Sandbox.Files;

/// <summary>A file tool request the workspace refuses: a path outside it, a symlink, a size limit, no unique match.</summary>
public sealed class WorkspaceFileException : Exception
{
    public WorkspaceFileException(string message)
        : base(message)
    {
    }

    public WorkspaceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkspaceFileException()
    {
    }
}
