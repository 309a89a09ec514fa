namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Where a sync was when something failed (decides whether a libgit2 error means "offline").</summary>
internal enum SyncStage
{
    Local,
    CheckRemote,
    Fetch,
    Integrate,
    Push,
}
