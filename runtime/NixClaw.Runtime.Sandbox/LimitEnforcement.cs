namespace NixClaw.Runtime.Sandbox;

/// <summary>How a resource limit is enforced on this host.</summary>
public enum LimitEnforcement
{
    /// <summary>Not enforced here (the wall-clock timeout still bounds the call).</summary>
    None,

    /// <summary>A per-process rlimit (for memory: RLIMIT_AS, the address space of each process).</summary>
    PerProcessRlimit,

    /// <summary>An rlimit counted across the sandbox (RLIMIT_NPROC inside its own user namespace).</summary>
    Rlimit,

    /// <summary>A cgroup limit over the whole sandbox.</summary>
    Cgroup,
}
