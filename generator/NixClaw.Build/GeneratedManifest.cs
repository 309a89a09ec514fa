using System.Text;

namespace NixClaw.Build;

/// <summary>
/// The list of files NixClaw wrote into an output directory. It is what makes clean-up safe:
/// only paths listed here are ever deleted, so a user's own files in the same folder are never touched.
/// </summary>
internal static class GeneratedManifest
{
    /// <summary>File name of the manifest inside the output directory.</summary>
    public const string FileName = ".nixclaw-generated";

    private const string Header =
        "# Files NixClaw generated into this folder. Listed files are deleted when no longer generated; nothing else is.";

    /// <summary>Reads the listed paths; empty when there is no manifest. Comment and blank lines are skipped.</summary>
    public static List<string> Read(string path)
    {
        var result = new List<string>();
        if (!File.Exists(path))
        {
            return result;
        }

        foreach (var line in File.ReadAllText(path, Encoding.UTF8).Split('\n'))
        {
            var entry = line.TrimEnd('\r');
            if (entry.Length > 0 && entry[0] != '#')
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>The manifest's bytes: header, then the paths sorted ordinally, one per line, '\n' endings.</summary>
    public static byte[] Serialize(IEnumerable<string> paths)
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var path in paths.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            builder.Append(path).Append('\n');
        }

        return FileBytes.Encoding.GetBytes(builder.ToString());
    }
}
