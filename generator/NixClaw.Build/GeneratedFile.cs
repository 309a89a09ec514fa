namespace NixClaw.Build;

/// <summary>A validated file to generate: where it goes and its exact bytes.</summary>
internal sealed class GeneratedFile
{
    public GeneratedFile(string relativePath, string fullPath, byte[] bytes)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        Bytes = bytes;
    }

    /// <summary>Path relative to the output directory, with '/' separators, as the generator emitted it.</summary>
    public string RelativePath { get; }

    /// <summary>Absolute path inside the output directory.</summary>
    public string FullPath { get; }

    /// <summary>Content encoded as UTF-8 without a byte order mark.</summary>
    public byte[] Bytes { get; }
}
