using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>Brings the output directory in line with the generated files: write changed, delete stale, update the manifest.</summary>
internal sealed class OutputWriter
{
    private readonly TaskLoggingHelper _log;
    private readonly OutputRoot _root;

    public OutputWriter(TaskLoggingHelper log, OutputRoot root)
    {
        _log = log;
        _root = root;
    }

    /// <summary>Returns how many files were written or removed.</summary>
    public int Apply(List<GeneratedFile> files, List<string> manifestEntries, string manifestPath)
    {
        var changes = 0;
        foreach (var file in files)
        {
            // Unchanged files are not rewritten, so their mtimes stay and file watchers stay quiet.
            if (FileBytes.Matches(file.FullPath, file.Bytes))
            {
                continue;
            }

            if (Try(file.RelativePath, file.FullPath, "write", () =>
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(file.FullPath)!);
                    FileBytes.WriteAtomically(file.FullPath, file.Bytes);
                }))
            {
                _log.LogMessage(MessageImportance.High, "NixClaw: wrote {0}", file.RelativePath);
                changes++;
            }
        }

        // Paths whose deletion failed stay in the manifest so a later build retries them.
        var keep = new List<string>(files.Select(f => f.RelativePath));
        foreach (var stale in StaleFiles.Find(_log, _root, manifestEntries, files))
        {
            if (!File.Exists(stale.Value))
            {
                continue;
            }

            if (Try(stale.Key, stale.Value, "remove", () =>
                {
                    File.Delete(stale.Value);
                    _root.RemoveEmptyFolders(stale.Value);
                }))
            {
                _log.LogMessage(MessageImportance.High, "NixClaw: removed {0} (no longer generated)", stale.Key);
                changes++;
            }
            else
            {
                keep.Add(stale.Key);
            }
        }

        UpdateManifest(manifestPath, keep);
        return changes;
    }

    private void UpdateManifest(string manifestPath, List<string> paths)
    {
        Try(GeneratedFilesList.FileName, manifestPath, "update", () =>
        {
            if (paths.Count == 0)
            {
                // Nothing generated: leave no trace in a folder that may hold only the user's files.
                if (File.Exists(manifestPath))
                {
                    File.Delete(manifestPath);
                }

                return;
            }

            var bytes = GeneratedFilesList.Serialize(paths);
            if (!FileBytes.Matches(manifestPath, bytes))
            {
                Directory.CreateDirectory(_root.FullPath);
                FileBytes.WriteAtomically(manifestPath, bytes);
            }
        });
    }

    private bool Try(string relative, string full, string verb, Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _log.LogError(null, DiagnosticIds.IoFailure, null, full, 0, 0, 0, 0,
                "{0}", $"NixClaw: could not {verb} '{relative}': {e.Message}");
            return false;
        }
    }
}
