namespace NixClaw.Runtime.Workspaces;

/// <summary>
/// The shared files (USER.md, TOOLS.md) as read once from the shared folder, written into workspaces as regular
/// files: a symlink or hardlink in their place is replaced by a copy, and a stale copy is rewritten.
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
    public IReadOnlyList<string> Refresh(string workspace)
    {
        var written = new List<string>();
        foreach (var (name, content) in _files)
        {
            var target = Path.Combine(workspace, name);
            if (IsCurrent(target, content))
            {
                continue;
            }

            // Write beside the target, then rename over it: the rename replaces a symlink or hardlink entry itself
            // (never the file it points to) and a reader never sees a half-written file.
            // The temp file is created fresh (CreateNew): a link planted under its name is removed, never written through.
            var temporary = Path.Combine(workspace, "." + name + ".nixclaw-tmp");
            File.Delete(temporary);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
            }

            File.Move(temporary, target, overwrite: true);
            written.Add(name);
        }

        return written;
    }

    private static bool IsCurrent(string target, byte[] content)
    {
        var info = new FileInfo(target);
        if (info.LinkTarget is not null || !info.Exists || info.Length != content.Length)
        {
            return false;
        }

        // Read without following a link or blocking on a FIFO the agent swaps in after the checks above.
        return FileLinks.LinkCount(target) <= 1
            && Git.WorkTreeBlobs.ReadRegularFile(target, content.Length) is { } current
            && current.AsSpan().SequenceEqual(content);
    }
}
