namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>What one workspace sync did.</summary>
public enum SyncOutcome
{
    /// <summary>Nothing to commit, pull or push.</summary>
    UpToDate,

    /// <summary>Local changes committed and/or remote changes integrated, and everything pushed.</summary>
    Synced,

    /// <summary>The remote could not be reached; local commits are kept and pushed next time.</summary>
    RemoteUnavailable,

    /// <summary>The server refused the credentials; local commits are kept.</summary>
    AuthenticationFailed,

    /// <summary>The server refused the push (hook, permission); local commits are kept.</summary>
    PushRejected,

    /// <summary>Anything else; the message says what.</summary>
    Failed,
}
