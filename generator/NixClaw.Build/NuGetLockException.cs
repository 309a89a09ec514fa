namespace NixClaw.Build;

/// <summary>The NuGet lock cannot be computed; the message names the file and what to do.</summary>
internal sealed class NuGetLockException : Exception
{
    public NuGetLockException(string message)
        : base(message)
    {
    }
}
