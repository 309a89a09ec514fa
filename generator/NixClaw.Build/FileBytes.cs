using System.Text;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>Encoding, comparison and atomic replacement of whole files.</summary>
internal static class FileBytes
{
    /// <summary>The generated files' encoding (<see cref="GeneratedFilesList.Encoding"/>).</summary>
    public static Encoding Encoding => GeneratedFilesList.Encoding;

    /// <summary>True when <paramref name="path"/> is a file whose bytes equal <paramref name="expected"/>.</summary>
    public static bool Matches(string path, byte[] expected)
    {
        var info = new FileInfo(path);
        // The length check answers most changed files without reading them.
        if (!info.Exists || info.Length != expected.Length)
        {
            return false;
        }

        var actual = File.ReadAllBytes(path);
        if (actual.Length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < actual.Length; i++)
        {
            if (actual[i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="bytes"/> so that readers (and a crash) see
    /// either the old file or the new one, never a half-written file: write a temporary file in the
    /// same folder, flush it to disk, then rename it over the target.
    /// </summary>
    public static void WriteAtomically(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".nixclaw-tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(path))
            {
                // rename(2) on Unix, ReplaceFile on Windows: both swap the file in one step.
                File.Replace(temp, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
