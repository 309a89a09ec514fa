using System.Reflection;
using System.Text;
using NixClaw.Bindings;

namespace NixClaw.Runtime.Project;

/// <summary>
/// The Nix files as the running program was compiled with them. The generator emits every file as a
/// <c>const string</c> (<c>"path\ncontent"</c>) in <c>NixClaw.Generated.NixClawGeneratedFiles</c> of the
/// declarations assembly (the same constants NixClaw.Build writes to disk), so comparing these with the
/// folder tells whether the committed files match the declarations this program carries.
/// </summary>
public sealed class GeneratedFileSet
{
    /// <summary>Full name of the carrier class the generator emits.</summary>
    public const string CarrierTypeName = "NixClaw.Generated.NixClawGeneratedFiles";

    /// <summary>The list file NixClaw.Build keeps beside the generated files.</summary>
    public const string ListFileName = ".nixclaw-generated";

    private const string ListHeader =
        "# Files NixClaw generated into this folder. Listed files are deleted when no longer generated; nothing else is.";

    /// <summary>UTF-8 without BOM, as NixClaw.Build writes.</summary>
    public static readonly Encoding FileEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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
    public byte[] ListFileBytes()
    {
        var builder = new StringBuilder(ListHeader).Append('\n');
        foreach (var path in Files.Select(f => f.Path).Append(NixClaw.Build.NuGetLock.FileName).Order(StringComparer.Ordinal))
        {
            builder.Append(path).Append('\n');
        }

        return FileEncoding.GetBytes(builder.ToString());
    }

    /// <summary>Reads the carrier class from the assembly that declares <paramref name="manifest"/>'s type.</summary>
    public static GeneratedFileSet FromManifest(HostManifest manifest) => FromAssembly(manifest.GetType().Assembly);

    /// <summary>Reads the carrier class from <paramref name="assembly"/>; empty when it has none.</summary>
    public static GeneratedFileSet FromAssembly(Assembly assembly)
    {
        var carrier = assembly.GetType(CarrierTypeName, throwOnError: false);
        if (carrier is null)
        {
            return new GeneratedFileSet([]);
        }

        var files = new List<GeneratedFile>();
        var fields = carrier.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
        string? Constant(string name) => fields.FirstOrDefault(f => f.IsLiteral && f.Name == name)?.GetRawConstantValue() as string;
        var root = Constant("FlakeSourceRoot");
        var project = Constant("FlakeProjectFile");
        var source = root is null || project is null ? null : new FlakeBuildSource(root, project, Constant("FlakePackageSource") ?? "");
        foreach (var field in fields)
        {
            if (field.IsLiteral && field.Name.StartsWith("File", StringComparison.Ordinal) && field.GetRawConstantValue() is string value)
            {
                var newline = value.IndexOf('\n', StringComparison.Ordinal);
                if (newline > 0)
                {
                    files.Add(new GeneratedFile(value[..newline], value[(newline + 1)..]));
                }
            }
        }

        return new GeneratedFileSet(files, source);
    }
}
