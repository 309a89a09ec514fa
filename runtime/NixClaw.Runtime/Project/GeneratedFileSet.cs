using System.Reflection;
using NixClaw.Bindings;
using NixClaw.Contract;

namespace NixClaw.Runtime.Project;

/// <summary>
/// The Nix files as the running program was compiled with them. The generator emits every file as a constant of the
/// carrier class (<see cref="GeneratedFilesCarrier"/>) in the declarations assembly (the same constants NixClaw.Build
/// writes to disk), so comparing these with the
/// folder tells whether the committed files match the declarations this program carries.
/// </summary>
internal sealed class GeneratedFileSet
{
    public GeneratedFileSet(IEnumerable<GeneratedFile> files, FlakeBuildSource? source = null)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        Source = source;
    }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyList<GeneratedFile> Files { get; }

    /// <summary>Where the flake builds the program from; null for a program built without the NixClaw targets.</summary>
    public FlakeBuildSource? Source { get; }

    /// <summary>The content of <paramref name="path"/>, or null when it is not generated.</summary>
    public string? Find(string path) => Files.FirstOrDefault(f => f.Path == path)?.Content;

    /// <summary>
    /// The bytes <c>.nixclaw-generated</c> has when it lists exactly these files and the NuGet lock, which the build
    /// task writes beside them from the restore (so it is not compiled into the program).
    /// </summary>
    public byte[] ListFileBytes() => GeneratedFilesList.Serialize(OwnedPaths());

    /// <summary>Every path the build task lists: the generated files and the NuGet lock.</summary>
    public IEnumerable<string> OwnedPaths() => Files.Select(f => f.Path).Append(NixClaw.Build.NuGetLock.FileName);

    /// <summary>Reads the carrier class from the assembly that declares <paramref name="manifest"/>'s type.</summary>
    public static GeneratedFileSet FromManifest(HostManifest manifest) => FromAssembly(manifest.GetType().Assembly);

    /// <summary>Reads the carrier class from <paramref name="assembly"/>; empty when it has none.</summary>
    public static GeneratedFileSet FromAssembly(Assembly assembly)
    {
        var carrier = assembly.GetType(GeneratedFilesCarrier.FullTypeName, throwOnError: false);
        if (carrier is null)
        {
            return new GeneratedFileSet([]);
        }

        var files = new List<GeneratedFile>();
        var fields = carrier.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
        string? Constant(string name) => fields.FirstOrDefault(f => f.IsLiteral && f.Name == name)?.GetRawConstantValue() as string;
        var root = Constant(GeneratedFilesCarrier.FlakeSourceRoot);
        var project = Constant(GeneratedFilesCarrier.FlakeProjectFile);
        var source = root is null || project is null ? null : new FlakeBuildSource(root, project, Constant(GeneratedFilesCarrier.FlakePackageSource) ?? "");
        foreach (var field in fields)
        {
            if (field.IsLiteral && GeneratedFilesCarrier.IsFileConstant(field.Name) && GeneratedFilesCarrier.TryDecode(field.GetRawConstantValue() as string, out var path, out var content))
            {
                files.Add(new GeneratedFile(path, content));
            }
        }

        return new GeneratedFileSet(files, source);
    }
}
