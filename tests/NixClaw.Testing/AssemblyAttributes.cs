// The shared test helpers set file modes and run Linux tools (the product runs on Linux only).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
