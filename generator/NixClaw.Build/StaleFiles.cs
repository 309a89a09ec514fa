using Microsoft.Build.Utilities;

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
        // Case-insensitive like the planner: on Windows and macOS "Nix/a" and "nix/a" are one file,
        // and deleting it as stale right after writing it would lose it.
        var generated = new HashSet<string>(current.Select(f => f.RelativePath), StringComparer.OrdinalIgnoreCase);
        var result = new List<KeyValuePair<string, string>>();
        foreach (var entry in manifestEntries.Distinct(StringComparer.Ordinal).OrderBy(e => e, StringComparer.Ordinal))
        {
            if (generated.Contains(entry))
            {
                continue;
            }

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
                    "{0}", $"NixClaw: ignoring '{entry}' listed in {GeneratedManifest.FileName}: {reason}.");
                continue;
            }

            result.Add(new KeyValuePair<string, string>(entry, full!));
        }

        return result;
    }
}
