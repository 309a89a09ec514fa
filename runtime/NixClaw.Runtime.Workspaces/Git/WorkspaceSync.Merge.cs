using System.Text;
using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

public sealed partial class WorkspaceSync
{
    /// <summary>Files a half-done git operation leaves in the git directory.</summary>
    private static readonly string[] s_operationFiles =
        ["MERGE_HEAD", "MERGE_MSG", "MERGE_MODE", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply", "sequencer"];

    /// <summary>
    /// Brings the remote's commits into the local branch: adopt, fast-forward, or merge keeping both sides. The merge
    /// is computed in memory (<see cref="MergeKeepingBoth"/>), committed, and only then checked out over the work tree
    /// with libgit2's safe checkout, so a sync never leaves a merge half done (no MERGE_HEAD, no conflicted index), and
    /// a work-tree file the agent changed since our commit stops the checkout instead of being overwritten.
    /// </summary>
    private void Integrate(Repository repo, string tracking, Run run)
    {
        if (repo.Refs[tracking] is not { } trackingRef)
        {
            return; // the remote has no branch yet: nothing to integrate
        }

        var theirs = repo.Lookup<Commit>(trackingRef.TargetIdentifier);
        var ours = repo.Head.Tip;
        if (ours is null)
        {
            // Nothing committed locally (an emptied workspace cloned onto an existing repository): adopt the remote.
            var branch = repo.Branches[_options.Branch] ?? repo.CreateBranch(_options.Branch, theirs);
            Commands.Checkout(repo, branch, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
            run.PulledCommits += repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = theirs }).Count();
            return;
        }

        if (ours.Id == theirs.Id)
        {
            return;
        }

        var divergence = repo.ObjectDatabase.CalculateHistoryDivergence(ours, theirs);
        var behind = divergence.BehindBy ?? repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = theirs }).Count();
        if (divergence.CommonAncestor is not null && behind == 0)
        {
            return;
        }

        if (divergence.CommonAncestor is not null && divergence.AheadBy == 0)
        {
            MoveBranchTo(repo, theirs);
            run.PulledCommits += behind;
            return;
        }

        var (tree, conflicts) = MergeKeepingBoth(repo, ours, theirs);
        var signature = Signature();
        var merge = repo.ObjectDatabase.CreateCommit(signature, signature, MergeMessage(theirs, behind, conflicts), tree, [ours, theirs], prettifyMessage: false);
        MoveBranchTo(repo, merge);
        run.PulledCommits += behind;
        run.Conflicts.AddRange(conflicts);
    }

    /// <summary>
    /// Writes <paramref name="target"/>'s tree over the work tree (safe mode: only files still as HEAD has them
    /// change; libgit2 replaces a symlinked folder on the way by a real one rather than writing through it), then
    /// points the branch at it.
    /// </summary>
    private void MoveBranchTo(Repository repo, Commit target)
    {
        repo.Checkout(target.Tree, null, new CheckoutOptions());
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/" + _options.Branch], target.Id, "sync: integrate " + _options.RemoteName + "/" + _options.Branch);
    }

    /// <summary>
    /// A three-way merge of <paramref name="ours"/> and <paramref name="theirs"/> that always succeeds and loses nothing:
    /// libgit2 merges what it can (line by line), and every conflict is resolved by one rule. The local version stays
    /// at the path and the remote one is kept beside it as <c>&lt;path&gt;.remote-&lt;sha7&gt;</c>; a delete against a
    /// change keeps the change; when the two sides disagree on file versus folder, the local side keeps the name and
    /// the remote side moves under the conflict name (<c>notes</c> file locally, <c>notes/a.md</c> remotely gives
    /// <c>notes</c> and <c>notes.remote-&lt;sha7&gt;/a.md</c>).
    /// </summary>
    private static (Tree Tree, List<SyncConflict> Conflicts) MergeKeepingBoth(Repository repo, Commit ours, Commit theirs)
    {
        var suffix = ".remote-" + theirs.Sha[..7];
        using var index = repo.ObjectDatabase.MergeCommitsIntoIndex(ours, theirs, new MergeTreeOptions { FailOnConflict = false, FindRenames = false, SkipReuc = true })
            ?? throw new InvalidOperationException("libgit2 stopped the merge early");
        var conflicted = index.Conflicts.ToList();
        var conflictedPaths = new HashSet<string>(conflicted.Select(PathOf), StringComparer.Ordinal);

        // Entries that keep their name: everything merged cleanly that is exactly as ours has it, and our side of
        // every conflict. They all come from one valid tree, so they cannot clash with each other.
        var fixedEntries = new List<(string Path, ObjectId Id, Mode Mode)>();
        var movable = new List<(string Path, ObjectId Id, Mode Mode, SyncConflict? Conflict)>();
        foreach (var entry in index.Where(e => e.StageLevel == StageLevel.Staged && !conflictedPaths.Contains(e.Path)))
        {
            if (ours[entry.Path] is { } mine && mine.Target.Id == entry.Id && mine.Mode == entry.Mode)
            {
                fixedEntries.Add((entry.Path, entry.Id, entry.Mode));
            }
            else
            {
                movable.Add((entry.Path, entry.Id, entry.Mode, null));
            }
        }

        foreach (var conflict in conflicted)
        {
            var path = PathOf(conflict);
            if (conflict.Ours is { } mine && conflict.Theirs is { } remote)
            {
                fixedEntries.Add((path, mine.Id, mine.Mode));
                movable.Add((path + suffix, remote.Id, remote.Mode, new SyncConflict(path, "both modified", [path])));
            }
            else if (conflict.Theirs is { } onlyTheirs)
            {
                movable.Add((path, onlyTheirs.Id, onlyTheirs.Mode, new SyncConflict(path, "deleted locally, modified remotely", [])));
            }
            else if (conflict.Ours is { } onlyOurs)
            {
                fixedEntries.Add((path, onlyOurs.Id, onlyOurs.Mode));
                movable.Add((path, ObjectId.Zero, default, new SyncConflict(path, "modified locally, deleted remotely", [path])));
            }
        }

        var placed = new PathSet();
        var tree = new TreeDefinition();
        foreach (var (path, id, mode) in fixedEntries)
        {
            placed.Add(path);
            Add(tree, path, id, mode);
        }

        var conflicts = new List<SyncConflict>();
        foreach (var (path, id, mode, conflict) in movable)
        {
            if (id == ObjectId.Zero)
            {
                conflicts.Add(conflict!); // ours kept, nothing of theirs to place
                continue;
            }

            var final = placed.FreeName(path, suffix);
            placed.Add(final);
            Add(tree, final, id, mode);
            if (conflict is not null || final != path)
            {
                // Moved aside for a file/folder clash, unless it is the remote copy of a "both modified" conflict,
                // which is aside by design.
                var kind = conflict is null || (final != path && conflict.Kind != "both modified") ? "file/folder" : conflict.Kind;
                IReadOnlyList<string> keptAs = conflict is null ? [final] : [.. conflict.KeptAs, final];
                conflicts.Add(new SyncConflict(conflict?.Path ?? path, kind, keptAs));
            }
        }

        return (repo.ObjectDatabase.CreateTree(tree), conflicts);
    }

    private static string PathOf(Conflict conflict) => (conflict.Ours ?? conflict.Theirs ?? conflict.Ancestor).Path;

    private static void Add(TreeDefinition tree, string path, ObjectId id, Mode mode)
    {
        if (mode == Mode.GitLink)
        {
            tree.AddGitLink(path, id);
        }
        else
        {
            tree.Add(path, id, mode);
        }
    }

    /// <summary>
    /// A sync that died mid-merge (older versions merged in the work tree) or a git directory migrated with a merge
    /// in progress: put the local version of every conflicted file back (the marker text libgit2 wrote is made of
    /// two committed versions, so nothing is lost), drop the operation, and rebuild the index from HEAD. The remote
    /// commits are merged again by this sync, by the same rule as any other.
    /// </summary>
    private static void RecoverInterruptedOperation(Repository repo)
    {
        var gitDirectory = repo.Info.Path;
        var leftovers = s_operationFiles.Where(f => File.Exists(Path.Combine(gitDirectory, f)) || Directory.Exists(Path.Combine(gitDirectory, f))).ToList();
        var conflicted = repo.Index.Conflicts.Select(PathOf).Distinct(StringComparer.Ordinal).ToList();
        if (leftovers.Count == 0 && conflicted.Count == 0)
        {
            return;
        }

        if (repo.Head.Tip is { } head)
        {
            var restore = conflicted.Where(p => head[p] is not null).ToList();
            if (restore.Count > 0)
            {
                repo.CheckoutPaths(head.Sha, restore, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
            }

            repo.Index.Replace(head.Tree);
        }
        else
        {
            repo.Index.Clear();
        }

        repo.Index.Write();
        foreach (var leftover in leftovers)
        {
            var path = Path.Combine(gitDirectory, leftover);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
    }

    private string MergeMessage(Commit theirs, int behind, IReadOnlyList<SyncConflict> conflicts)
    {
        var message = new StringBuilder()
            .Append("Sync: merge ").Append(behind).Append(behind == 1 ? " remote commit" : " remote commits")
            .Append(" from ").Append(_options.RemoteName).Append('/').Append(_options.Branch)
            .Append(" (").Append(theirs.Sha[..7]).Append(')');
        if (conflicts.Count > 0)
        {
            message.Append(", ").Append(conflicts.Count).Append(conflicts.Count == 1 ? " conflict" : " conflicts").Append(" kept both sides\n\n");
            foreach (var conflict in conflicts)
            {
                message.Append("conflict (").Append(conflict.Kind).Append("): ").Append(conflict.Path)
                    .Append(" -> ").Append(string.Join(", ", conflict.KeptAs)).Append('\n');
            }
        }
        else
        {
            message.Append('\n');
        }

        return message.ToString();
    }

    /// <summary>File paths placed in a tree so far, to find a name that clashes with none of them (as a file or as a folder).</summary>
    private sealed class PathSet
    {
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

        public void Add(string path)
        {
            _files.Add(path);
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                _folders.Add(path[..slash]);
            }
        }

        /// <summary>
        /// <paramref name="path"/> when free; otherwise the remote side moves aside: under <c>&lt;file&gt;&lt;suffix&gt;/</c>
        /// when a file holds one of its folders' names, else to <c>&lt;path&gt;&lt;suffix&gt;</c> (numbered if taken too).
        /// </summary>
        public string FreeName(string path, string suffix)
        {
            if (!Clashes(path))
            {
                return path;
            }

            var blockingFile = Prefixes(path).FirstOrDefault(_files.Contains);
            for (var attempt = 1; ; attempt++)
            {
                var tag = attempt == 1 ? suffix : suffix + "-" + attempt;
                var candidate = blockingFile is null ? path + tag : blockingFile + tag + path[blockingFile.Length..];
                if (!Clashes(candidate))
                {
                    return candidate;
                }
            }
        }

        private bool Clashes(string path) => _files.Contains(path) || _folders.Contains(path) || Prefixes(path).Any(_files.Contains);

        private static IEnumerable<string> Prefixes(string path)
        {
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                yield return path[..slash];
            }
        }
    }
}
