// The gateway and its tests are Linux-only (sandboxes, file modes, systemd notify).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
