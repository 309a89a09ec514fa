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

    public GeneratedFileSet(IEnumerable<GeneratedFile> files)
    {
        Files = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyList<GeneratedFile> Files { get; }

    /// <summary>The content of <paramref name="path"/>, or null when it is not generated.</summary>
    public string? Find(string path) => Files.FirstOrDefault(f => f.Path == path)?.Content;

    /// <summary>The bytes <c>.nixclaw-generated</c> has when it lists exactly these files.</summary>
    public byte[] ListFileBytes()
    {
        var builder = new StringBuilder(ListHeader).Append('\n');
        foreach (var file in Files)
        {
            builder.Append(file.Path).Append('\n');
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
        foreach (var field in carrier.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
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

        return new GeneratedFileSet(files);
    }
}
