// The sandbox and its tests are Linux-only (namespaces, rlimits, /proc).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Sandbox tests mostly wait on podman and bwrap processes, not on this process's CPU: run more classes at once
// than the 2 cores would suggest, so the three backend classes overlap.
[assembly: Xunit.v3.Parallelization(MaxThreads = 4)]
