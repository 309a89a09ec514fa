using System.Diagnostics;
using Microsoft.Build.Framework;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>
/// Writes the files that the NixClaw source generator embedded in the compiled assembly as
/// <c>NixClaw.Generated.NixClawGeneratedFiles.File*</c> constants (value: relative path, <c>'\n'</c>, content).
/// </summary>
/// <remarks>
/// Runs on every build, after <c>CoreCompile</c>. Files are written only when their bytes change
/// (UTF-8 without BOM, atomically), deleted files are recreated, and files listed in the output
/// directory's <c>.nixclaw-generated</c> manifest that are no longer generated are removed.
/// Paths that are rooted, contain <c>..</c>, <c>\</c> or empty segments, or lead outside
/// <see cref="OutputDirectory"/> (also through a symbolic link) fail the build and nothing is written.
/// With <see cref="CheckOnly"/> nothing is written; every out-of-date file is an error instead.
/// </remarks>
public sealed class WriteGeneratedFiles : Microsoft.Build.Utilities.Task
{
    /// <summary>The compiled assembly to read, normally <c>@(IntermediateAssembly)</c> in obj/.</summary>
    [Required]
    public string AssemblyPath { get; set; } = string.Empty;

    /// <summary>Folder the generated relative paths are resolved against.</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>When true, write nothing and fail with one error per missing, different or stale file (for CI).</summary>
    public bool CheckOnly { get; set; }

    /// <summary>
    /// The project's <c>project.assets.json</c>. When set, the NuGet lock of the Nix build (<c>deps.json</c>) is
    /// generated from it beside the other files, with the same write-if-changed and check rules.
    /// </summary>
    public string ProjectAssetsFile { get; set; } = string.Empty;

    /// <summary>Full path of the folder of <c>.nupkg</c> files the Nix build takes NixClaw packages from (optional); each must be the file restore used.</summary>
    public string PackageSource { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        OutputRoot root;
        List<CarrierConstant> constants;
        try
        {
            root = new OutputRoot(OutputDirectory);
            constants = CarrierReader.Read(AssemblyPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException
                                      or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            Log.LogError(null, DiagnosticIds.UnreadableAssembly, null, AssemblyPath, 0, 0, 0, 0,
                "{0}", $"NixClaw: cannot read generated files from '{AssemblyPath}' into '{OutputDirectory}': {e.Message}");
            return false;
        }

        var files = new FilePlanner(Log, root).Plan(constants);
        if (files is null || !AddNuGetLock(files, root))
        {
            return false;
        }

        var manifestPath = Path.Combine(root.FullPath, GeneratedFilesList.FileName);
        List<string> manifest;
        try
        {
            manifest = GeneratedFilesList.Read(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticIds.IoFailure, null, manifestPath, 0, 0, 0, 0,
                "{0}", $"NixClaw: cannot read {GeneratedFilesList.FileName}: {e.Message}");
            return false;
        }

        var changed = CheckOnly
            ? new OutputChecker(Log, root).Check(files, manifest)
            : new OutputWriter(Log, root).Apply(files, manifest, manifestPath);

        Log.LogMessage(MessageImportance.Low, "NixClaw: {0} generated file(s) in '{1}', {2} {3}, {4:0.0} ms",
            files.Count, root.FullPath, changed, CheckOnly ? "out of date" : "written or removed", stopwatch.Elapsed.TotalMilliseconds);
        return !Log.HasLoggedErrors;
    }

    /// <summary>Adds <c>deps.json</c> when the project has generated files and an assets file; false after an error.</summary>
    private bool AddNuGetLock(List<GeneratedFile> files, OutputRoot root)
    {
        if (files.Count == 0 || string.IsNullOrEmpty(ProjectAssetsFile))
        {
            return true;
        }

        try
        {
            var bytes = NuGetLock.Compute(ProjectAssetsFile, PackageSource);
            files.Add(new GeneratedFile(NuGetLock.FileName, root.Resolve(NuGetLock.FileName)!, bytes));
            files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            return true;
        }
        catch (Exception e) when (e is NuGetLockException or IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, DiagnosticIds.NuGetLockFailure, null, ProjectAssetsFile, 0, 0, 0, 0,
                "{0}", $"NixClaw: cannot write {NuGetLock.FileName}, the NuGet lock of the Nix build: {e.Message}");
            return false;
        }
    }
}
