using System.Text;

namespace NixClaw.Contract;

// Only System.Text is imported: this file is also compiled by NixClaw.Build, whose implicit usings already cover
// System, System.Collections.Generic and System.Linq, so the names below are qualified instead.

/// <summary>
/// <c>.nixclaw-generated</c>, the list of files NixClaw wrote into a folder: a comment header, then the relative paths
/// sorted ordinally, one per line, <c>\n</c> endings, UTF-8 without BOM. Only listed paths are ever deleted, so a user's
/// own files in the same folder are never touched. The build task writes it; the program's <c>check</c> compares it.
/// </summary>
public static class GeneratedFilesList
{
    /// <summary>File name of the list inside the output folder.</summary>
    public const string FileName = ".nixclaw-generated";

    /// <summary>First line of the list.</summary>
    public const string Header =
        "# Files NixClaw generated into this folder. Listed files are deleted when no longer generated; nothing else is.";

    /// <summary>
    /// The encoding of the list and of every generated file: UTF-8 without a byte order mark (Nix, just and JSON5 tools
    /// do not expect one). Throws on lone surrogates instead of silently writing U+FFFD, so a broken template is an
    /// error rather than a quiet change.
    /// </summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Paths that differ only in case are one file on Windows and macOS, so a generated path never counts as stale
    /// because of case alone (deleting it right after writing it would lose it).
    /// </summary>
    public static readonly System.StringComparer PathComparer = System.StringComparer.OrdinalIgnoreCase;

    /// <summary>The list's bytes for <paramref name="paths"/> (duplicates dropped, sorted ordinally).</summary>
    public static byte[] Serialize(System.Collections.Generic.IEnumerable<string> paths)
    {
        var builder = new StringBuilder(Header).Append('\n');
        foreach (var path in SortedDistinct(paths))
        {
            builder.Append(path).Append('\n');
        }

        return Encoding.GetBytes(builder.ToString());
    }

    /// <summary>The listed paths of the list at <paramref name="path"/>; empty when there is none.</summary>
    /// <remarks>Anyone can edit the list: bytes that are not UTF-8 are read as U+FFFD, and a caller checks each path before use.</remarks>
    public static System.Collections.Generic.List<string> Read(string path) =>
        System.IO.File.Exists(path) ? Parse(System.IO.File.ReadAllText(path, Encoding.UTF8)) : new System.Collections.Generic.List<string>();

    /// <summary>The listed paths of a list's text; comment and blank lines are skipped, <c>\r\n</c> is accepted.</summary>
    public static System.Collections.Generic.List<string> Parse(string text)
    {
        var result = new System.Collections.Generic.List<string>();
        foreach (var line in text.Split('\n'))
        {
            var entry = line.TrimEnd('\r');
            if (entry.Length > 0 && entry[0] != '#')
            {
                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Listed paths that are no longer generated, distinct and sorted ordinally.</summary>
    /// <param name="listed">The paths of the list on disk.</param>
    /// <param name="generated">The paths generated now (and any other file the writer of the list owns).</param>
    public static System.Collections.Generic.List<string> Stale(
        System.Collections.Generic.IEnumerable<string> listed, System.Collections.Generic.IEnumerable<string> generated)
    {
        var current = new System.Collections.Generic.HashSet<string>(generated, PathComparer);
        var result = SortedDistinct(listed);
        result.RemoveAll(current.Contains);
        return result;
    }

    private static System.Collections.Generic.List<string> SortedDistinct(System.Collections.Generic.IEnumerable<string> paths)
    {
        var result = new System.Collections.Generic.List<string>(new System.Collections.Generic.HashSet<string>(paths, System.StringComparer.Ordinal));
        result.Sort(System.StringComparer.Ordinal);
        return result;
    }
}
