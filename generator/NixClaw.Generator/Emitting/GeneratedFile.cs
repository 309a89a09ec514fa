namespace NixClaw.Generator.Emitting;

/// <summary>A non-C# output file: path relative to the project's Nix folder (with '/') and exact content.</summary>
internal sealed record GeneratedFile(string Path, string Content);
