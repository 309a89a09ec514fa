using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// How the gateway starts the declarations program inside an agent's sandbox to run one C# tool: the .NET host
/// (<c>dotnet</c>) and the program's entry assembly, and the host paths that must be visible read-only for them to
/// run: the program's folder, the .NET installation and the native libraries the runtime loads (with the links on
/// the way to them, such as the ELF interpreter's <c>/lib64</c>). On NixOS these are store paths of the program's
/// runtime closure.
/// </summary>
/// <param name="DotnetHost">Absolute path of the <c>dotnet</c> host.</param>
/// <param name="EntryAssembly">Absolute path of the declarations program's <c>.dll</c>.</param>
/// <param name="ReadOnlyPaths">Host paths the sandbox shows read-only at the same path.</param>
public sealed record ToolProgram(string DotnetHost, string EntryAssembly, IReadOnlyList<string> ReadOnlyPaths)
{
    /// <summary>The hidden verb the program runs a tool with: <c>&lt;program&gt; tool-exec &lt;name&gt;</c>, the call on stdin.</summary>
    public const string ExecVerb = "tool-exec";

    /// <summary>Exit code of <c>tool-exec</c> when the tool threw or the call was refused; stdout then holds the short message.</summary>
    public const int FailedExitCode = 3;

    /// <summary>
    /// The shell command that runs <paramref name="toolName"/> under a memory limit of <paramref name="memoryMb"/> MiB.
    /// Where the sandbox can only limit address space (RLIMIT_AS, no memory cgroup), the runtime's usual reservations
    /// (a GC region range of several times the heap, a 64 MiB malloc arena per thread) would not fit at all, so the GC
    /// heap is capped at an eighth of the limit, its region range at twice that, and malloc keeps one arena. The
    /// smallest limit that starts a tool this way is 512 MiB (docs/tools.md).
    /// </summary>
    public string CommandFor(string toolName, int memoryMb)
    {
        if (toolName.Length == 0 || !toolName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"'{toolName}' is not a tool name (letters, digits, '_' and '-').", nameof(toolName));
        }

        var heap = Math.Max(16, memoryMb / 8) * 1024L * 1024L;
        return $"DOTNET_GCHeapHardLimit=0x{heap:x} DOTNET_GCRegionRange=0x{2 * heap:x} MALLOC_ARENA_MAX=1 DOTNET_gcServer=0 DOTNET_EnableDiagnostics=0 " +
            $"exec {Quote(DotnetHost)} {Quote(EntryAssembly)} {ExecVerb} {toolName}";
    }

    /// <summary>The program this process runs (the gateway, or the <c>tool</c> verb): its entry assembly, .NET and loaded libraries.</summary>
    /// <exception cref="InvalidOperationException">There is no entry assembly or <c>dotnet</c> host to start.</exception>
    public static ToolProgram ForCurrentProcess()
    {
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        if (string.IsNullOrEmpty(entry))
        {
            throw new InvalidOperationException("This process has no entry assembly on disk, so C# tools cannot be started in a sandbox.");
        }

        return ForAssembly(entry);
    }

    /// <summary>A program given by its entry assembly, run by this process's .NET installation.</summary>
    /// <exception cref="InvalidOperationException">The assembly or the <c>dotnet</c> host is missing.</exception>
    public static ToolProgram ForAssembly(string entryAssembly)
    {
        entryAssembly = Path.GetFullPath(entryAssembly);
        if (!File.Exists(entryAssembly))
        {
            throw new InvalidOperationException($"The declarations program '{entryAssembly}' does not exist.");
        }

        // <root>/shared/Microsoft.NETCore.App/<version>/ holds the runtime; the dotnet host is <root>/dotnet.
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtime)))!;
        var host = Path.Combine(root, "dotnet");
        if (!File.Exists(host))
        {
            throw new InvalidOperationException($"No dotnet host at '{host}' (the runtime is '{runtime}'), so C# tools cannot be started in a sandbox.");
        }

        var paths = new RuntimePaths();
        paths.AddDirectory(Path.GetDirectoryName(entryAssembly)!);
        paths.AddDirectory(root);
        if (ElfInterpreter(host) is { } interpreter)
        {
            paths.AddFile(interpreter);
        }

        // This process's own application folder holds the native libraries of its packages (SQLite, libgit2); the
        // program's folder, mounted above, has its own copies. Only libraries from elsewhere (libc, ICU) are added.
        var ownFolder = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory) + "/";
        foreach (var library in LoadedNativeLibraries().Where(l => !l.StartsWith(ownFolder, StringComparison.Ordinal)))
        {
            paths.AddFile(library);
        }

        return new ToolProgram(host, entryAssembly, paths.ToList());
    }

    // Every path is checked to hold none of these when the request is validated; a quote would end the word here.
    private static string Quote(string path) =>
        path.Contains('\'', StringComparison.Ordinal)
            ? throw new ArgumentException($"The path '{path}' contains a single quote, which the sandbox command cannot carry.", nameof(path))
            : "'" + path + "'";

    /// <summary>
    /// Shared libraries mapped executable into this process (the runtime's own and what it loaded: libc, libstdc++,
    /// ICU, SQLite). Only executable mappings of <c>.so</c> files count: a data file this process maps (SQLite's
    /// shared memory, say) must never make its folder visible to a tool.
    /// </summary>
    private static IEnumerable<string> LoadedNativeLibraries()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // address perms offset dev inode path
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1].Length < 3 || fields[1][2] != 'x')
            {
                continue;
            }

            var path = fields[5].Trim();
            var name = Path.GetFileName(path);
            if (path.StartsWith('/') && !path.EndsWith(" (deleted)", StringComparison.Ordinal)
                && (name.EndsWith(".so", StringComparison.Ordinal) || name.Contains(".so.", StringComparison.Ordinal))
                && seen.Add(path))
            {
                yield return path;
            }
        }
    }

    /// <summary>The program interpreter (<c>PT_INTERP</c>) an ELF64 executable names, such as <c>/lib64/ld-linux-x86-64.so.2</c>.</summary>
    private static string? ElfInterpreter(string executable)
    {
        var bytes = File.ReadAllBytes(executable);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[4] != 2 || bytes[5] != 1)
        {
            return null;
        }

        var phoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(0x20));
        var phentsize = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x36));
        var phnum = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(0x38));
        for (var i = 0; i < phnum; i++)
        {
            var header = bytes.AsSpan((int)(phoff + (i * phentsize)));
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) == 3)
            {
                var offset = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
                var size = (int)BinaryPrimitives.ReadUInt64LittleEndian(header[32..]);
                return System.Text.Encoding.ASCII.GetString(bytes, offset, size).TrimEnd('\0');
            }
        }

        return null;
    }
}
