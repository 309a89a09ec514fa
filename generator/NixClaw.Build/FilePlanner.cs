using System.Text;
using Microsoft.Build.Utilities;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>
/// Turns carrier constants into validated <see cref="GeneratedFile"/>s. Every problem is reported
/// before anything touches the disk, so one bad path means nothing at all is written.
/// </summary>
internal sealed class FilePlanner
{
    private readonly TaskLoggingHelper _log;
    private readonly OutputRoot _root;

    public FilePlanner(TaskLoggingHelper log, OutputRoot root)
    {
        _log = log;
        _root = root;
    }

    /// <summary>The files to generate sorted by path, or null when any error was reported.</summary>
    public List<GeneratedFile>? Plan(IEnumerable<CarrierConstant> constants)
    {
        var ok = true;
        var files = new List<GeneratedFile>();
        // Case-insensitive so that declarations mean the same files on Windows and macOS as on Linux.
        var byPath = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var constant in constants)
        {
            var file = PlanOne(constant, byPath);
            if (file is null)
            {
                ok = false;
            }
            else
            {
                files.Add(file);
            }
        }

        ok &= CheckFileFolderConflicts(files);
        if (!ok)
        {
            return null;
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private GeneratedFile? PlanOne(CarrierConstant constant, Dictionary<string, string> byPath)
    {
        if (!GeneratedFilesCarrier.TryDecode(constant.Value, out var relative, out var content))
        {
            Error(DiagnosticIds.MalformedConstant, null,
                $"NixClaw: generated constant '{GeneratedFilesCarrier.TypeName}.{constant.FieldName}' must be \"<relative path>\\n<content>\".");
            return null;
        }

        var reason = RelativePathRule.Check(relative);
        if (reason is null && string.Equals(relative, GeneratedFilesList.FileName, StringComparison.OrdinalIgnoreCase))
        {
            reason = "the name is reserved for NixClaw's list of generated files";
        }

        var full = reason is null ? _root.Resolve(relative) : null;
        if (reason is null && full is null)
        {
            reason = $"it resolves outside the output directory '{_root.FullPath}'";
        }

        if (reason is null && _root.FindLink(relative) is { } link)
        {
            reason = $"'{link}' is a symbolic link inside the output directory and could lead outside it";
        }

        if (reason is not null)
        {
            Error(DiagnosticIds.UnsafePath, null,
                $"NixClaw: refusing to write '{relative}' ({GeneratedFilesCarrier.TypeName}.{constant.FieldName}): {reason}.");
            return null;
        }

        if (byPath.TryGetValue(relative, out var other))
        {
            Error(DiagnosticIds.PathConflict, full,
                $"NixClaw: '{relative}' is generated twice ({GeneratedFilesCarrier.TypeName}.{other} and {constant.FieldName}); paths that differ only in case count as the same file.");
            return null;
        }

        byPath.Add(relative, constant.FieldName);
        byte[] bytes;
        try
        {
            bytes = FileBytes.Encoding.GetBytes(content);
        }
        catch (EncoderFallbackException)
        {
            Error(DiagnosticIds.MalformedConstant, full,
                $"NixClaw: the content of '{relative}' contains an unpaired surrogate and cannot be written as UTF-8.");
            return null;
        }

        return new GeneratedFile(relative, full!, bytes);
    }

    private bool CheckFileFolderConflicts(List<GeneratedFile> files)
    {
        var folders = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            for (var slash = file.RelativePath.IndexOf('/'); slash >= 0; slash = file.RelativePath.IndexOf('/', slash + 1))
            {
                folders.Add(file.RelativePath.Substring(0, slash));
            }
        }

        var ok = true;
        foreach (var file in files)
        {
            if (folders.Contains(file.RelativePath))
            {
                Error(DiagnosticIds.PathConflict, file.FullPath,
                    $"NixClaw: '{file.RelativePath}' is generated as a file and is also a folder of other generated files.");
                ok = false;
            }
        }

        return ok;
    }

    private void Error(string code, string? file, string message) =>
        // Passed as an argument so braces in a path are never read as format placeholders.
        _log.LogError(null, code, null, file, 0, 0, 0, 0, "{0}", message);
}
