namespace NixClaw;

/// <summary>What a user is for.</summary>
public enum UserRole
{
    /// <summary>Operator: member of wheel, logs in over SSH.</summary>
    Admin,

    /// <summary>Runs the gateway as a Home Manager user service and owns the workspaces.</summary>
    Service,
}
