using System.Text;
using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

public sealed partial class WorkspaceSync
{
    /// <summary>Brings the remote's commits into the local branch: adopt, fast-forward, or merge keeping both sides.</summary>
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

        var signature = Signature();
        if (divergence.CommonAncestor is not null && divergence.AheadBy == 0)
        {
            repo.Merge(theirs, signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.FastForwardOnly });
            run.PulledCommits += behind;
            return;
        }

        repo.Merge(theirs, signature, new MergeOptions
        {
            CommitOnSuccess = false,
            FailOnConflict = false,
            FastForwardStrategy = FastForwardStrategy.NoFastForward,
            FileConflictStrategy = CheckoutFileConflictStrategy.Normal,
        });
        var conflicts = ResolveKeepingBoth(repo, theirs);
        repo.Commit(MergeMessage(theirs, behind, conflicts), signature, signature);
        run.PulledCommits += behind;
        run.Conflicts.AddRange(conflicts);
    }

    /// <summary>A sync that died between merge and commit left MERGE_HEAD behind: finish that merge first.</summary>
    private void FinishInterruptedMerge(Repository repo, Run run)
    {
        var mergeHead = Path.Combine(repo.Info.Path, "MERGE_HEAD");
        if (repo.Info.CurrentOperation != CurrentOperation.Merge || !File.Exists(mergeHead)
            || repo.Lookup<Commit>(File.ReadLines(mergeHead).FirstOrDefault()?.Trim() ?? "") is not { } theirs)
        {
            return;
        }

        var conflicts = ResolveKeepingBoth(repo, theirs);
        StageAll(repo, repo.RetrieveStatus(s_status).Where(e => e.State != FileStatus.Ignored).Select(e => e.FilePath));
        var signature = Signature();
        repo.Commit(MergeMessage(theirs, 0, conflicts), signature, signature);
        run.Conflicts.AddRange(conflicts);
    }

    /// <summary>
    /// Resolves every conflict without losing a side: the local version stays at the path, the remote version is
    /// written beside it as <c>&lt;path&gt;.remote-&lt;sha7&gt;</c>; a delete against a change keeps the change.
    /// </summary>
    private static List<SyncConflict> ResolveKeepingBoth(Repository repo, Commit theirs)
    {
        var resolved = new List<SyncConflict>();
        var root = repo.Info.WorkingDirectory;
        foreach (var conflict in repo.Index.Conflicts.ToList())
        {
            var path = (conflict.Ours ?? conflict.Theirs ?? conflict.Ancestor).Path;
            if (conflict.Ours is { } ours && conflict.Theirs is { } remote)
            {
                var remotePath = $"{path}.remote-{theirs.Sha[..7]}";
                WriteBlob(repo, ours.Id, root, path);
                WriteBlob(repo, remote.Id, root, remotePath);
                repo.Index.Add(path);
                repo.Index.Add(remotePath);
                resolved.Add(new SyncConflict(path, "both modified", [path, remotePath]));
            }
            else if (conflict.Theirs is { } onlyTheirs)
            {
                WriteBlob(repo, onlyTheirs.Id, root, path);
                repo.Index.Add(path);
                resolved.Add(new SyncConflict(path, "deleted locally, modified remotely", [path]));
            }
            else if (conflict.Ours is { } onlyOurs)
            {
                WriteBlob(repo, onlyOurs.Id, root, path);
                repo.Index.Add(path);
                resolved.Add(new SyncConflict(path, "modified locally, deleted remotely", [path]));
            }
        }

        repo.Index.Write();
        return resolved;
    }

    private static void WriteBlob(Repository repo, ObjectId id, string root, string relativePath)
    {
        var fullRoot = Path.GetFullPath(root);
        var target = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        if (!target.StartsWith(fullRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"conflicting path '{relativePath}' leaves the workspace");
        }

        // Never write through a link an agent may have planted: a linked folder on the way is refused, a link at
        // the file itself is replaced by the regular file.
        for (var folder = Path.GetDirectoryName(target)!; folder.Length > fullRoot.TrimEnd('/').Length; folder = Path.GetDirectoryName(folder)!)
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                throw new InvalidOperationException($"conflicting path '{relativePath}' goes through the symlink '{folder}'");
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (new FileInfo(target).LinkTarget is not null)
        {
            File.Delete(target);
        }

        using var content = repo.Lookup<Blob>(id).GetContentStream();
        using var file = new FileStream(target, FileMode.Create, FileAccess.Write);
        content.CopyTo(file);
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
}
