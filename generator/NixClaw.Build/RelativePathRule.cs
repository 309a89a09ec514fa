namespace NixClaw.Build;

/// <summary>
/// Decides whether a generated path is a plain, portable path below the output folder.
/// The rules are stricter than any one file system needs so that the same declarations behave
/// the same on Linux, macOS and Windows, and so that no path can be spelled two ways.
/// </summary>
internal static class RelativePathRule
{
    /// <summary>Returns why <paramref name="path"/> is refused, or null when it is acceptable.</summary>
    public static string? Check(string path)
    {
        if (path.Length == 0)
        {
            return "the path is empty";
        }

        if (path.IndexOf('\\') >= 0)
        {
            return "backslashes are not allowed; separate folders with '/'";
        }

        if (path[0] == '/' || Path.IsPathRooted(path))
        {
            return "rooted paths are not allowed; paths are relative to the output directory";
        }

        // ':' makes "C:x" drive-relative and "a:b" an alternate data stream on Windows.
        if (path.IndexOf(':') >= 0)
        {
            return "':' is not allowed";
        }

        foreach (var c in path)
        {
            if (c < ' ' || c == '\u007f')
            {
                return "control characters are not allowed";
            }
        }

        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "":
                    return "empty path segments (leading, trailing or doubled '/') are not allowed";
                case ".":
                    return "'.' segments are not allowed";
                case "..":
                    return "'..' segments are not allowed";
            }
        }

        return null;
    }
}
