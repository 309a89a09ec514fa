namespace NixClaw.Build;

/// <summary>
/// The output directory and the checks that keep every file operation inside it.
/// </summary>
internal sealed class OutputRoot
{
    private static readonly StringComparison PathComparison =
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Results of link checks on folders, shared by all files below the same folder.
    private readonly Dictionary<string, bool> _folderIsLink = new(StringComparer.Ordinal);
    private readonly string _prefix;

    public OutputRoot(string directory)
    {
        var full = Path.GetFullPath(directory);
        var trimmed = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        // A bare "/" or "C:\" must keep its separator.
        FullPath = trimmed.Length == 0 || trimmed.EndsWith(":", StringComparison.Ordinal) ? full : trimmed;
        _prefix = FullPath.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
            ? FullPath
            : FullPath + Path.DirectorySeparatorChar;
    }

    /// <summary>Absolute path of the output directory, without a trailing separator.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Absolute path of a relative path that passed <see cref="RelativePathRule"/>, or null if it
    /// still resolves outside the root (defence in depth against platform path quirks).
    /// </summary>
    public string? Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(_prefix, PathComparison) && full.Length > _prefix.Length ? full : null;
    }

    /// <summary>
    /// Returns the first existing part of <paramref name="relativePath"/> (a folder or the file itself)
    /// that is a symbolic link or other reparse point, or null when there is none.
    /// Following such a link could read, write or delete outside the output directory.
    /// </summary>
    public string? FindLink(string relativePath)
    {
        var segments = relativePath.Split('/');
        var current = FullPath;
        var relative = string.Empty;
        for (var i = 0; i < segments.Length; i++)
        {
            current = Path.Combine(current, segments[i]);
            relative = i == 0 ? segments[i] : relative + "/" + segments[i];
            var isFolder = i < segments.Length - 1;
            if (isFolder && _folderIsLink.TryGetValue(relative, out var cached))
            {
                if (cached)
                {
                    return relative;
                }

                continue;
            }

            var attributes = TryGetAttributes(current);
            if (attributes is null)
            {
                // Nothing exists from here down, so nothing below can be a link.
                return null;
            }

            var isLink = (attributes.Value & FileAttributes.ReparsePoint) != 0;
            if (isFolder)
            {
                _folderIsLink[relative] = isLink;
            }

            if (isLink)
            {
                return relative;
            }
        }

        return null;
    }

    /// <summary>Deletes the folders that <paramref name="deletedFile"/> leaves empty, up to but excluding the root.</summary>
    public void RemoveEmptyFolders(string deletedFile)
    {
        var folder = Path.GetDirectoryName(deletedFile);
        while (folder is not null
               && folder.StartsWith(_prefix, PathComparison)
               && folder.Length > _prefix.Length
               && Directory.Exists(folder)
               && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder);
        }
    }

    private static FileAttributes? TryGetAttributes(string path)
    {
        try
        {
            return File.GetAttributes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
