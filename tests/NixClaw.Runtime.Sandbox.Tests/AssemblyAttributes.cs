// The sandbox and its tests are Linux-only (namespaces, rlimits, /proc).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
