namespace NixClaw.Build.Tests;

/// <summary>Every entry below a folder with its bytes and mtime, to prove that a run changed nothing.</summary>
internal static class FolderSnapshot
{
    public static List<string> Take(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return ["<no folder>"];
        }

        return Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(path =>
            {
                var relative = Path.GetRelativePath(folder, path);
                return File.Exists(path)
                    ? $"{relative} {Convert.ToHexString(File.ReadAllBytes(path))} {File.GetLastWriteTimeUtc(path):O}"
                    : relative + "/";
            })
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }
}
