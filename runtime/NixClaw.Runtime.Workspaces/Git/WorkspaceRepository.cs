using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Creates, migrates and opens the git repository of a workspace. The git directory lives under
/// <see cref="WorkspaceLayout.GitRoot"/> (<c>&lt;state dir&gt;/git/&lt;agent id&gt;.git</c>) and the workspace is only
/// its work tree: nothing inside the workspace (a <c>.git</c> folder or file, a config, hooks) is ever opened as a
/// repository, and the remote URL always comes from the declarations (<see cref="GitOptions.RemoteUrlOf"/>).
/// </summary>
public static partial class WorkspaceRepository
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Makes the workspace of <paramref name="agentId"/> a git work tree on <see cref="GitOptions.Branch"/> with its
    /// git directory under <see cref="WorkspaceLayout.GitRoot"/> and its remote at
    /// <see cref="GitOptions.RemoteUrlOf"/>. A workspace that still has its git directory inside (the old layout) is
    /// migrated, keeping every commit. A non-empty folder that is neither is refused rather than adopted, so nobody's
    /// files are committed by surprise.
    /// </summary>
    /// <returns>Whether the repository has no commit yet.</returns>
    public static bool Ensure(WorkspaceLayout layout, string agentId, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(options);
        var workTree = layout.WorkspaceOf(agentId);
        var gitDirectory = layout.GitDirectoryOf(agentId);
        if (!Directory.Exists(gitDirectory) && !MigrateLegacy(layout, agentId, options))
        {
            if (Directory.Exists(workTree) && Directory.EnumerateFileSystemEntries(workTree).Any())
            {
                throw new InvalidOperationException($"Workspace '{workTree}' exists and has no git directory at '{gitDirectory}'; move it away first.");
            }

            Directory.CreateDirectory(workTree);
            Initialize(gitDirectory, options);
        }

        // The workspace folder was deleted but its git directory (with every commit, pushed or not) is still here:
        // check the branch out into a fresh folder.
        var restore = !Directory.Exists(workTree);
        Directory.CreateDirectory(workTree);
        using var repo = Open(layout, agentId, options);
        if (restore && repo.Head.Tip is { } tip)
        {
            repo.Index.Clear();
            repo.Index.Write();
            repo.CheckoutPaths(tip.Sha, ["*"], new CheckoutOptions { CheckoutModifiers = CheckoutModifiers.Force });
        }

        return repo.Head.Tip is null;
    }

    /// <summary>Fetches the remote branch into a workspace that has no commit yet and checks it out; false when the remote is empty.</summary>
    public static bool AdoptRemote(WorkspaceLayout layout, string agentId, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var repo = Open(layout, agentId, options);
        var tracking = $"refs/remotes/{options.RemoteName}/{options.Branch}";
        Commands.Fetch(repo, options.RemoteName, [$"+refs/heads/{options.Branch}:{tracking}"], FetchOptions(options), null);
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
    /// (the shared skills repository: an operator folder, read-only for agents, so a fast-forward is all it ever
    /// needs; its <c>.git</c> stays inside it because no agent writes there). <paramref name="cloneUrl"/> must be on
    /// the declared server (<see cref="GitOptions.RemoteUrlOf"/>).
    /// </summary>
    /// <returns>The commit checked out, or null when the remote is empty.</returns>
    public static string? CloneOrUpdate(Uri cloneUrl, string target, GitOptions options)
    {
        ArgumentNullException.ThrowIfNull(cloneUrl);
        ArgumentNullException.ThrowIfNull(options);
        CheckRemoteUrl(cloneUrl, options);
        GitEnvironment.Harden();
        var gitDirectory = Path.Combine(target, ".git");
        if (!Directory.Exists(gitDirectory))
        {
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new InvalidOperationException($"'{target}' exists and is not a git repository; move it away first.");
            }

            Directory.CreateDirectory(target);
            Repository.Init(target);
            File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: refs/heads/{options.Branch}\n");
        }

        using var repo = new Repository(target);
        ConfigureRemote(repo, cloneUrl, options);
        var fresh = repo.Head.Tip is null;
        var tracking = $"refs/remotes/{options.RemoteName}/{options.Branch}";
        Commands.Fetch(repo, options.RemoteName, [$"+refs/heads/{options.Branch}:{tracking}"], FetchOptions(options), null);
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

    /// <summary>Whether the agent has a git directory (or an old-layout <c>.git</c> that the next sync migrates).</summary>
    public static bool Exists(WorkspaceLayout layout, string agentId)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Directory.Exists(layout.GitDirectoryOf(agentId)) || IsLegacyGitDirectory(Path.Combine(layout.WorkspaceOf(agentId), ".git"));
    }

    /// <summary>
    /// Opens the workspace repository of <paramref name="agentId"/>: git directory from the layout, work tree =
    /// the workspace, remote URL re-asserted from the declarations. Migrates an old-layout workspace first.
    /// </summary>
    internal static Repository Open(WorkspaceLayout layout, string agentId, GitOptions options)
    {
        GitEnvironment.Harden();
        var gitDirectory = layout.GitDirectoryOf(agentId);
        if (!Directory.Exists(gitDirectory) && !MigrateLegacy(layout, agentId, options))
        {
            throw new RepositoryNotFoundException($"the workspace of '{agentId}' has no git directory at '{gitDirectory}' (provision it with 'agent new' or the gateway's reconcile)");
        }

        if (new DirectoryInfo(gitDirectory).LinkTarget is not null)
        {
            throw new InvalidOperationException($"the git directory '{gitDirectory}' is a symlink; refusing to use it");
        }

        RemoveStaleLocks(gitDirectory);

        var repo = OpenWithWorkTree(gitDirectory, layout.WorkspaceOf(agentId));
        try
        {
            ConfigureRemote(repo, options.RemoteUrlOf(agentId), options);
            return repo;
        }
        catch
        {
            repo.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The git directory is bare on disk (so nothing, git included, takes it for a work tree of its own); libgit2 gets
    /// the work tree and index explicitly, which also overrides any <c>core.worktree</c>.
    /// </summary>
    private static Repository OpenWithWorkTree(string gitDirectory, string workTree) =>
        new(gitDirectory, new RepositoryOptions { WorkingDirectoryPath = workTree, IndexPath = Path.Combine(gitDirectory, "index") });

    internal static FetchOptions FetchOptions(GitOptions options) =>
        new() { CredentialsProvider = GitCredentials.For(options), TagFetchMode = TagFetchMode.None };

    private static void Initialize(string gitDirectory, GitOptions options)
    {
        CreatePrivateFolder(Path.GetDirectoryName(gitDirectory)!);
        GitEnvironment.Harden();
        Repository.Init(gitDirectory, isBare: true);
        // Repository.Init names the first branch "master"; point the unborn HEAD at ours.
        File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: refs/heads/{options.Branch}\n");
    }

    /// <summary>
    /// The remote always points at the declared URL (fetch and push): the configuration lives outside the sandbox,
    /// but it is cheap to re-assert on every open. <c>http.followRedirects=false</c> is set for git versions that read
    /// it; libgit2 2.0.324 still follows the initial redirect, so what keeps the token home is the origin check in
    /// <see cref="GitCredentials"/> (SyncAttackTests.Credentials_are_never_offered_after_a_redirect_to_another_origin).
    /// </summary>
    private static void ConfigureRemote(Repository repo, Uri url, GitOptions options)
    {
        var expected = url.AbsoluteUri;
        var remote = repo.Network.Remotes[options.RemoteName];
        if (remote is null)
        {
            repo.Network.Remotes.Add(options.RemoteName, expected);
        }
        else if (remote.Url != expected || remote.PushUrl != expected)
        {
            repo.Network.Remotes.Update(options.RemoteName, r =>
            {
                r.Url = expected;
                r.PushUrl = expected;
            });
        }

        if (repo.Config.Get<string>("http.followRedirects")?.Value != "false")
        {
            repo.Config.Set("http.followRedirects", "false", ConfigurationLevel.Local);
        }

        remote = repo.Network.Remotes[options.RemoteName];
        if (remote?.Url != expected || remote.PushUrl != expected)
        {
            // Only possible when something rewrites URLs (url.*.insteadOf) despite GitEnvironment.
            throw new InvalidOperationException($"remote '{options.RemoteName}' does not resolve to the declared URL {expected}");
        }
    }

    private static void CheckRemoteUrl(Uri url, GitOptions options)
    {
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ArgumentException("The remote URL must not carry credentials; they come from the token file.", nameof(url));
        }

        if (!options.IsServerOrigin(url.AbsoluteUri))
        {
            throw new ArgumentException($"The remote URL {url} is not on the declared Gitea server {options.Server}.", nameof(url));
        }
    }
}
