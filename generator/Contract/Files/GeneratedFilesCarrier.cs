namespace NixClaw.Contract;

/// <summary>
/// How the generator hands the generated files to the build task and to the running program: a class
/// <c>NixClaw.Generated.NixClawGeneratedFiles</c> in the declarations assembly with one <c>const string</c> per file,
/// named <c>File0</c>, <c>File1</c>, ..., whose value is <c>"&lt;relative path&gt;\n&lt;content&gt;"</c>, and three constants
/// saying where the flake builds the program from. The build task reads them from metadata; the program by reflection.
/// </summary>
public static class GeneratedFilesCarrier
{
    /// <summary>Namespace of the carrier class.</summary>
    public const string Namespace = "NixClaw.Generated";

    /// <summary>Name of the carrier class.</summary>
    public const string TypeName = "NixClawGeneratedFiles";

    /// <summary>Full name of the carrier class.</summary>
    public const string FullTypeName = Namespace + "." + TypeName;

    /// <summary>Prefix of the file constants (followed by their index).</summary>
    public const string FilePrefix = "File";

    /// <summary>Constant: the flake's <c>src</c>, relative to the flake folder.</summary>
    public const string FlakeSourceRoot = "FlakeSourceRoot";

    /// <summary>Constant: the project file, relative to <see cref="FlakeSourceRoot"/>.</summary>
    public const string FlakeProjectFile = "FlakeProjectFile";

    /// <summary>Constant: the folder of <c>.nupkg</c> files the flake takes NixClaw packages from, or empty.</summary>
    public const string FlakePackageSource = "FlakePackageSource";

    /// <summary>The name of the <paramref name="index"/>-th file constant.</summary>
    public static string FileConstantName(int index) => FilePrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether a constant of the carrier class is a file (not one of the flake constants).</summary>
    public static bool IsFileConstant(string name) =>
        name.StartsWith(FilePrefix, System.StringComparison.Ordinal) && name.Length > FilePrefix.Length && char.IsDigit(name[FilePrefix.Length]);

    /// <summary>A file constant's value.</summary>
    public static string Encode(string path, string content) => path + "\n" + content;

    /// <summary>Splits a file constant's value; false when it has no newline (the path is checked by whoever writes it).</summary>
    public static bool TryDecode(string? value, out string path, out string content)
    {
        var newline = value?.IndexOf('\n') ?? -1;
        if (value is null || newline < 0)
        {
            path = content = "";
            return false;
        }

        path = value.Substring(0, newline);
        content = value.Substring(newline + 1);
        return true;
    }
}
