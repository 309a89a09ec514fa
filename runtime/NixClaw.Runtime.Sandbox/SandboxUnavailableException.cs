namespace NixClaw.Runtime.Sandbox;

/// <summary>The sandbox backend cannot run on this host (tool missing, image missing, user not set up).</summary>
public sealed class SandboxUnavailableException : Exception
{
    public SandboxUnavailableException(string message)
        : base(message)
    {
    }

    public SandboxUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SandboxUnavailableException()
    {
    }
}
