namespace NixClaw.Testing;

/// <summary>
/// A built program copied where a sandbox user can read it, as a deployment puts it in the world-readable Nix store.
/// A sandboxed C# tool runs the declarations program itself, so its folder must be readable inside the sandbox, and a
/// clone under a home folder with mode 0700 is not.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class DeployedProgram
{
    private static readonly string Root = System.IO.Path.Combine("/var/tmp", "nixclaw-test-programs");

    /// <summary>The copy of <paramref name="assemblyPath"/>'s folder (made once per test process), and the assembly's path in it.</summary>
    public static string Of(string assemblyPath) => Of(assemblyPath, Root);

    /// <summary>The same, copied below <paramref name="root"/> (a project under <c>/tmp</c>, say).</summary>
    public static string Of(string assemblyPath, string root)
    {
        var source = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(assemblyPath))!;
        var target = System.IO.Path.Combine(root, $"{System.IO.Path.GetFileNameWithoutExtension(assemblyPath)}-{Environment.ProcessId}");
        lock (Root)
        {
            if (!Directory.Exists(target))
            {
                Directory.CreateDirectory(root);
                File.SetUnixFileMode(root, ReadableDirectory);
                Copy(source, target);
            }
        }

        return System.IO.Path.Combine(target, System.IO.Path.GetFileName(assemblyPath));
    }

    private const UnixFileMode ReadableDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        File.SetUnixFileMode(target, ReadableDirectory);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetFileName(file));
            File.Copy(file, copy, overwrite: true);
            var mode = File.GetUnixFileMode(file);
            File.SetUnixFileMode(copy, mode | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            Copy(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)));
        }
    }
}
