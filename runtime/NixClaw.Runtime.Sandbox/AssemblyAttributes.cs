// Namespaces, rlimits, openat and /proc: the sandbox is Linux-only by nature.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
