namespace NixClaw.Runtime.Sandbox.Files;

/// <summary>Size limits of the workspace file tools.</summary>
/// <param name="MaxReadBytes">Bytes <c>read</c> returns; a longer file is cut with a marker (and <c>edit</c> refuses it).</param>
/// <param name="MaxWriteBytes">Largest file <c>write</c> and <c>edit</c> produce.</param>
/// <param name="MaxListEntries">Entries <c>list</c> returns.</param>
public sealed record WorkspaceFileLimits(int MaxReadBytes = 256 * 1024, int MaxWriteBytes = 1024 * 1024, int MaxListEntries = 1000);
