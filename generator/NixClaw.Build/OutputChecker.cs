using Microsoft.Build.Utilities;

namespace NixClaw.Build;

/// <summary>Check mode: reports every file that a normal build would write or remove, and touches nothing.</summary>
internal sealed class OutputChecker
{
    private readonly TaskLoggingHelper _log;
    private readonly OutputRoot _root;

    public OutputChecker(TaskLoggingHelper log, OutputRoot root)
    {
        _log = log;
        _root = root;
    }

    /// <summary>Returns how many files are out of date.</summary>
    public int Check(List<GeneratedFile> files, List<string> manifestEntries)
    {
        var problems = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file.FullPath))
            {
                Error(DiagnosticIds.CheckMissing, file.FullPath, $"NixClaw: '{file.RelativePath}' is missing.");
                problems++;
            }
            else if (!FileBytes.Matches(file.FullPath, file.Bytes))
            {
                Error(DiagnosticIds.CheckDiffers, file.FullPath,
                    $"NixClaw: '{file.RelativePath}' differs from what the declarations generate (edited by hand, or not rebuilt).");
                problems++;
            }
        }

        foreach (var stale in StaleFiles.Find(_log, _root, manifestEntries, files))
        {
            if (File.Exists(stale.Value))
            {
                Error(DiagnosticIds.CheckStale, stale.Value,
                    $"NixClaw: '{stale.Key}' is no longer generated but still exists.");
                problems++;
            }
        }

        if (problems > 0)
        {
            Error(DiagnosticIds.CheckSummary, null,
                $"NixClaw: {problems} generated file(s) in '{_root.FullPath}' are out of date. Run `dotnet build` without -p:NixClawCheck=true to update them, then commit the result.");
        }

        return problems;
    }

    private void Error(string code, string? file, string message) =>
        _log.LogError(null, code, null, file, 0, 0, 0, 0, "{0}", message);
}
