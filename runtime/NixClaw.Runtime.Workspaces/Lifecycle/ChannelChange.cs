namespace NixClaw.Runtime.Workspaces.Lifecycle;

/// <summary>What ensuring a channel did.</summary>
public enum ChannelChange
{
    /// <summary>An active channel with that name existed.</summary>
    Reused,

    /// <summary>An archived channel with that name was restored.</summary>
    Restored,

    /// <summary>A new channel was created.</summary>
    Created,
}
