using NixClaw.Runtime.Files;

namespace NixClaw.Runtime.Workspaces;

/// <summary>
/// The shared files (USER.md, TOOLS.md) as read once from the shared folder, written into workspaces as regular
/// files: a symlink, hardlink, FIFO or anything else in their place is replaced by a copy, and a stale copy is
/// rewritten. The workspace side is hostile input, so it is read with <see cref="WorkspaceFileReader"/> and written with
/// <see cref="WorkspaceFileWriter"/> (never through a link). The shared folder itself is the operator's and trusted.
/// </summary>
public sealed class SharedFiles
{
    private readonly IReadOnlyList<(string Name, byte[] Content)> _files;

    private SharedFiles(IReadOnlyList<(string Name, byte[] Content)> files) => _files = files;

    /// <summary>Names of the shared files found.</summary>
    public IReadOnlyList<string> Names => [.. _files.Select(f => f.Name)];

    /// <summary>Reads the shared files of <paramref name="layout"/>; a missing one is left out (nothing to copy).</summary>
    public static SharedFiles Load(WorkspaceLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var files = new List<(string, byte[])>();
        foreach (var name in layout.SharedFileNames)
        {
            var source = Path.Combine(layout.SharedDirectory, name);
            if (File.Exists(source))
            {
                files.Add((name, File.ReadAllBytes(source)));
            }
        }

        return new SharedFiles(files);
    }

    /// <summary>Brings the copies in <paramref name="workspace"/> up to date; returns the names rewritten.</summary>
    /// <exception cref="WorkspaceFileException">A copy cannot be written (for example a folder stands in its place).</exception>
    public IReadOnlyList<string> Refresh(string workspace)
    {
        var written = new List<string>();
        foreach (var (name, content) in _files)
        {
            if (IsCurrent(workspace, name, content))
            {
                continue;
            }

            WorkspaceFileWriter.Replace(workspace, name, content);
            written.Add(name);
        }

        return written;
    }

    // Current only as a regular file with one link and the same bytes; a link, FIFO, hard link or oversize file is
    // never opened for reading, and is simply replaced.
    private static bool IsCurrent(string workspace, string name, byte[] content)
    {
        var read = WorkspaceFileReader.Read(workspace, name, content.Length);
        return read.IsRead && read.Content.AsSpan().SequenceEqual(content);
    }
}
