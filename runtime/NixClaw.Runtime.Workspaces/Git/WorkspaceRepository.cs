using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>Creates or opens the git repository of a workspace and points it at its remote.</summary>
public static class WorkspaceRepository
{
    /// <summary>
    /// Makes <paramref name="workspace"/> a git repository on <see cref="GitOptions.Branch"/> with remote
    /// <paramref name="cloneUrl"/> (a URL without credentials). A non-empty folder that is not a repository is
    /// refused rather than adopted, so nobody's files are committed by surprise.
    /// </summary>
    /// <returns>Whether the repository has no commit yet.</returns>
    public static bool Ensure(string workspace, Uri cloneUrl, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(cloneUrl);
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(cloneUrl.UserInfo))
        {
            throw new ArgumentException("The remote URL must not carry credentials; they come from the token file.", nameof(cloneUrl));
        }

        var gitDirectory = Path.Combine(workspace, ".git");
        if (!Directory.Exists(gitDirectory))
        {
            if (Directory.Exists(workspace) && Directory.EnumerateFileSystemEntries(workspace).Any())
            {
                throw new InvalidOperationException($"Workspace '{workspace}' exists and is not a git repository; move it away or run 'git init' in it first.");
            }

            Directory.CreateDirectory(workspace);
            Repository.Init(workspace);
            // Repository.Init names the first branch "master"; point the unborn HEAD at ours.
            File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: refs/heads/{options.Branch}\n");
        }

        using var repo = new Repository(workspace);
        var remote = repo.Network.Remotes[options.RemoteName];
        if (remote is null)
        {
            repo.Network.Remotes.Add(options.RemoteName, cloneUrl.ToString());
        }
        else if (remote.Url != cloneUrl.ToString())
        {
            repo.Network.Remotes.Update(options.RemoteName, r => r.Url = cloneUrl.ToString());
        }

        return repo.Head.Tip is null;
    }

    /// <summary>Fetches the remote branch into a workspace that has no commit yet and checks it out; false when the remote is empty.</summary>
    public static bool AdoptRemote(string workspace, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var repo = new Repository(workspace);
        var tracking = $"refs/remotes/{options.RemoteName}/{options.Branch}";
        Commands.Fetch(repo, options.RemoteName, [$"+refs/heads/{options.Branch}:{tracking}"], new FetchOptions { CredentialsProvider = GitCredentials.For(options), TagFetchMode = TagFetchMode.None }, null);
        if (repo.Refs[tracking] is not { } remoteRef)
        {
            return false;
        }

        var branch = repo.Branches[options.Branch] ?? repo.CreateBranch(options.Branch, repo.Lookup<Commit>(remoteRef.TargetIdentifier));
        Commands.Checkout(repo, branch, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        return true;
    }

    /// <summary>
    /// Clones <paramref name="cloneUrl"/> into <paramref name="target"/>, or fast-forwards an existing clone
    /// (the shared skills repository: read-only for agents, so a fast-forward is all it ever needs).
    /// </summary>
    /// <returns>The commit checked out, or null when the remote is empty.</returns>
    public static string? CloneOrUpdate(Uri cloneUrl, string target, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(cloneUrl);
        ArgumentNullException.ThrowIfNull(options);
        var fresh = Ensure(target, cloneUrl, options);
        using var repo = new Repository(target);
        var tracking = $"refs/remotes/{options.RemoteName}/{options.Branch}";
        Commands.Fetch(repo, options.RemoteName, [$"+refs/heads/{options.Branch}:{tracking}"], new FetchOptions { CredentialsProvider = GitCredentials.For(options), TagFetchMode = TagFetchMode.None }, null);
        if (repo.Refs[tracking] is not { } remoteRef)
        {
            return null;
        }

        var remoteTip = repo.Lookup<Commit>(remoteRef.TargetIdentifier);
        if (fresh)
        {
            var branch = repo.CreateBranch(options.Branch, remoteTip);
            Commands.Checkout(repo, branch, new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        }
        else
        {
            var signature = new Signature(options.AuthorName, options.AuthorEmail, DateTimeOffset.UtcNow);
            var result = repo.Merge(remoteTip, signature, new MergeOptions { FastForwardStrategy = FastForwardStrategy.FastForwardOnly });
            if (result.Status == MergeStatus.Conflicts)
            {
                throw new InvalidOperationException($"'{target}' has local commits or changes; the skills clone only fast-forwards.");
            }
        }

        return repo.Head.Tip?.Sha;
    }
}
