using System.Text;
using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

public sealed partial class WorkspaceSync
{
    private const int NamesInSummary = 3;

    private void CommitLocalChanges(Repository repo, Run run)
    {
        var status = repo.RetrieveStatus(s_status);
        if (!status.IsDirty)
        {
            return;
        }

        var changes = new List<(string Kind, string Path)>();
        foreach (var entry in status)
        {
            var kind = entry.State switch
            {
                var s when s.HasFlag(FileStatus.NewInWorkdir) || s.HasFlag(FileStatus.NewInIndex) => "added",
                var s when s.HasFlag(FileStatus.DeletedFromWorkdir) || s.HasFlag(FileStatus.DeletedFromIndex) => "deleted",
                var s when s is FileStatus.Ignored or FileStatus.Unaltered => null,
                _ => "modified",
            };
            if (kind is not null)
            {
                changes.Add((kind, entry.FilePath));
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        var staged = StageAll(repo, run.Workspace, changes.Select(c => c.Path));
        changes.RemoveAll(c => !staged.Contains(c.Path));
        if (changes.Count == 0)
        {
            return;
        }

        if (repo.Head.Tip is not null && !HasStagedChanges(repo))
        {
            return;
        }

        var signature = Signature();
        repo.Commit(LocalCommitMessage(changes), signature, signature, new CommitOptions { AllowEmptyCommit = false });
        run.CommittedFiles.AddRange(changes.Select(c => c.Path).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// <c>git add -A</c> for the given paths, reading each entry through <see cref="WorkTreeBlobs"/> (never through a
    /// link, no filters). Not <c>Commands.Stage</c>: it throws on a file turned into a symlink (TypeChanged), which
    /// would block every later sync of that workspace, and it opens files by path. Skipped, and so never committed:
    /// any path with a <c>.git</c> component, a folder status reports as a whole (a nested repository: adding it would
    /// make libgit2 open the agent's <c>.git</c> to read its HEAD), FIFOs, sockets and anything reached through a link.
    /// </summary>
    /// <returns>The paths staged (added or removed).</returns>
    private HashSet<string> StageAll(Repository repo, string workTree, IEnumerable<string> paths)
    {
        var staged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path.Split('/').Any(part => part.Equals(".git", StringComparison.OrdinalIgnoreCase)))
            {
                Log.Skipped(_logger, workTree, path, "git metadata paths are never committed");
                continue;
            }

            var full = Path.Combine(workTree, path);
            switch (WorkTreeBlobs.KindOf(full))
            {
                case WorkTreeBlobs.Kind.File or WorkTreeBlobs.Kind.Link:
                    if (WorkTreeBlobs.Create(repo, workTree, path) is { } entry)
                    {
                        try
                        {
                            repo.Index.Add(entry.Blob, path, entry.Mode);
                            staged.Add(path);
                        }
                        catch (LibGit2SharpException e)
                        {
                            // A name libgit2 refuses to store (GIT~1, ".git " and the like): skipped, so the rest of
                            // the workspace still syncs instead of this one name failing every sync.
                            Log.Skipped(_logger, workTree, path, e.Message);
                        }
                    }
                    else
                    {
                        Log.Skipped(_logger, workTree, path, "not a regular file or link inside the workspace");
                    }

                    break;
                case WorkTreeBlobs.Kind.Other:
                    Log.Skipped(_logger, workTree, path, "a folder with its own .git (nested repository)");
                    break;
                default:
                    if (repo.Index[path] is not null)
                    {
                        repo.Index.Remove(path);
                        staged.Add(path);
                    }

                    break;
            }
        }

        repo.Index.Write();
        return staged;
    }

    private static bool HasStagedChanges(Repository repo) =>
        repo.Diff.Compare<TreeChanges>(repo.Head.Tip.Tree, DiffTargets.Index).Count > 0;

    /// <summary>"Sync: 3 files changed (a.md, b.md, c.md)" plus one line per file, grouped by kind.</summary>
    internal static string LocalCommitMessage(IReadOnlyList<(string Kind, string Path)> changes)
    {
        var ordered = changes.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
        var names = string.Join(", ", ordered.Take(NamesInSummary).Select(c => c.Path));
        var more = ordered.Count > NamesInSummary ? $" and {ordered.Count - NamesInSummary} more" : "";
        var message = new StringBuilder()
            .Append("Sync: ").Append(ordered.Count).Append(ordered.Count == 1 ? " file changed (" : " files changed (")
            .Append(names).Append(more).Append(")\n\n");
        foreach (var group in ordered.GroupBy(c => c.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (kind, path) in group)
            {
                message.Append(kind).Append(": ").Append(path).Append('\n');
            }
        }

        return message.ToString();
    }
}
