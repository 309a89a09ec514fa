using NixClaw.Contract;

namespace NixClaw.Runtime.Project;

/// <summary>Compares the Nix folder with the files compiled into the program, byte for byte.</summary>
internal static class GeneratedFilesComparer
{
    /// <summary>Every file that is missing, different or stale; empty when the folder is up to date.</summary>
    public static IReadOnlyList<FileDrift> Compare(GeneratedFileSet expected, string nixDirectory)
    {
        var drift = new List<FileDrift>();
        foreach (var file in expected.Files)
        {
            var kind = Check(Path.Combine(nixDirectory, file.Path), GeneratedFilesList.Encoding.GetBytes(file.Content));
            if (kind is { } k)
            {
                drift.Add(new FileDrift(file.Path, k));
            }
        }

        var listPath = Path.Combine(nixDirectory, GeneratedFilesList.FileName);
        // The NuGet lock is listed but not compiled into the program (OwnedPaths): the nuget-lock check compares it.
        foreach (var stale in GeneratedFilesList.Stale(GeneratedFilesList.Read(listPath), expected.OwnedPaths()))
        {
            if (File.Exists(Path.Combine(nixDirectory, stale)))
            {
                drift.Add(new FileDrift(stale, FileDriftKind.Stale));
            }
        }

        if (Check(listPath, expected.ListFileBytes()) is { } listKind)
        {
            drift.Add(new FileDrift(GeneratedFilesList.FileName, listKind));
        }

        return drift;
    }

    private static FileDriftKind? Check(string path, byte[] expected)
    {
        if (!File.Exists(path))
        {
            return FileDriftKind.Missing;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(expected) ? null : FileDriftKind.Different;
    }
}
