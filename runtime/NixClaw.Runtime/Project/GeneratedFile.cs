namespace NixClaw.Runtime.Project;

/// <summary>One file the generator compiled into the program.</summary>
/// <param name="Path">Path relative to the Nix folder, <c>/</c>-separated.</param>
/// <param name="Content">File content (written as UTF-8 without BOM).</param>
public sealed record GeneratedFile(string Path, string Content);
