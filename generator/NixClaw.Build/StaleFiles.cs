using Microsoft.Build.Utilities;
using NixClaw.Contract;

namespace NixClaw.Build;

/// <summary>
/// Works out which files an earlier build generated that the current build no longer generates,
/// from the manifest only: a file NixClaw did not list is never considered NixClaw's.
/// </summary>
internal static class StaleFiles
{
    /// <summary>Stale entries (relative path, absolute path) that are safe to touch, sorted by path.</summary>
    public static List<KeyValuePair<string, string>> Find(
        TaskLoggingHelper log, OutputRoot root, IEnumerable<string> manifestEntries, IEnumerable<GeneratedFile> current)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var entry in GeneratedFilesList.Stale(manifestEntries, current.Select(f => f.RelativePath)))
        {
            // The manifest is an ordinary file anyone can edit; never let it point the deletion elsewhere.
            var reason = RelativePathRule.Check(entry);
            var full = reason is null ? root.Resolve(entry) : null;
            if (reason is null && full is null)
            {
                reason = "it resolves outside the output directory";
            }

            if (reason is null && root.FindLink(entry) is { } link)
            {
                reason = $"'{link}' is a symbolic link";
            }

            if (reason is not null)
            {
                log.LogWarning(null, DiagnosticIds.SkippedUnsafe, null, null, 0, 0, 0, 0,
                    "{0}", $"NixClaw: ignoring '{entry}' listed in {GeneratedFilesList.FileName}: {reason}.");
                continue;
            }

            result.Add(new KeyValuePair<string, string>(entry, full!));
        }

        return result;
    }
}
