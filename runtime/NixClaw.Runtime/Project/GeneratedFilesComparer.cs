namespace NixClaw.Runtime.Project;

/// <summary>Compares the Nix folder with the files compiled into the program, byte for byte.</summary>
public static class GeneratedFilesComparer
{
    /// <summary>Every file that is missing, different or stale; empty when the folder is up to date.</summary>
    public static IReadOnlyList<FileDrift> Compare(GeneratedFileSet expected, string nixDirectory)
    {
        var drift = new List<FileDrift>();
        foreach (var file in expected.Files)
        {
            var kind = Check(Path.Combine(nixDirectory, file.Path), GeneratedFileSet.FileEncoding.GetBytes(file.Content));
            if (kind is { } k)
            {
                drift.Add(new FileDrift(file.Path, k));
            }
        }

        var listPath = Path.Combine(nixDirectory, GeneratedFileSet.ListFileName);
        foreach (var listed in ReadList(listPath))
        {
            // The NuGet lock is listed but not compiled into the program: the nuget-lock check compares it.
            if (expected.Find(listed) is null && listed != NixClaw.Build.NuGetLock.FileName && File.Exists(Path.Combine(nixDirectory, listed)))
            {
                drift.Add(new FileDrift(listed, FileDriftKind.Stale));
            }
        }

        if (Check(listPath, expected.ListFileBytes()) is { } listKind)
        {
            drift.Add(new FileDrift(GeneratedFileSet.ListFileName, listKind));
        }

        return drift;
    }

    /// <summary>The paths listed in a <c>.nixclaw-generated</c> file (comments and blank lines skipped).</summary>
    public static IReadOnlyList<string> ReadList(string listPath) =>
        File.Exists(listPath)
            ? File.ReadAllLines(listPath).Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && l[0] != '#').ToList()
            : [];

    private static FileDriftKind? Check(string path, byte[] expected)
    {
        if (!File.Exists(path))
        {
            return FileDriftKind.Missing;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected) ? null : FileDriftKind.Different;
    }
}
