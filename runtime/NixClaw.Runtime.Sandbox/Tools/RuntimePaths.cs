namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// Collects the host paths a program needs to see: for each file, every symbolic link on the way to it (kept as a
/// link) and the folder it finally lives in (on NixOS its store path), with nested folders folded into their parent.
/// </summary>
internal sealed class RuntimePaths
{
    private const string NixStore = "/nix/store/";

    private readonly SortedSet<string> _links = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _directories = new(StringComparer.Ordinal);

    /// <summary>Adds the folder a file lives in, after the links on the way.</summary>
    public void AddFile(string path)
    {
        var real = Resolve(path, 0);
        _directories.Add(StorePath(real) ?? Path.GetDirectoryName(real)!);
    }

    /// <summary>Adds a folder, after the links on the way.</summary>
    public void AddDirectory(string path)
    {
        var real = Resolve(path, 0);
        _directories.Add(StorePath(real) ?? real);
    }

    /// <summary>Links first, then folders, none inside another folder of the list.</summary>
    public List<string> ToList()
    {
        var folders = new List<string>();
        foreach (var dir in _directories)
        {
            if (!folders.Any(f => dir.StartsWith(f + "/", StringComparison.Ordinal)))
            {
                folders.Add(dir);
            }
        }

        var links = _links.Where(l => !folders.Any(f => l.StartsWith(f + "/", StringComparison.Ordinal)));
        return [.. links, .. folders];
    }

    // Walks the path one component at a time; a component that is a link is recorded and its target walked instead.
    private string Resolve(string path, int depth)
    {
        if (depth > 40)
        {
            throw new IOException($"Too many levels of symbolic links resolving '{path}'.");
        }

        var current = "/";
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = current == "/" ? "/" + parts[i] : current + "/" + parts[i];
            if (new FileInfo(next).LinkTarget is { } target)
            {
                _links.Add(next);
                var resolved = Path.IsPathRooted(target) ? target : Path.Combine(current, target);
                var rest = string.Join('/', parts.Skip(i + 1));
                return Resolve(Path.GetFullPath(rest.Length == 0 ? resolved : Path.Combine(resolved, rest)), depth + 1);
            }

            current = next;
        }

        return current;
    }

    private static string? StorePath(string path)
    {
        if (!path.StartsWith(NixStore, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', NixStore.Length);
        return end < 0 ? path : path[..end];
    }
}
