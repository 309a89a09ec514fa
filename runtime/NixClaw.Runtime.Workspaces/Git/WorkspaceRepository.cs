using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// Creates, migrates and opens the git repository of a workspace. The git directory lives under
/// <see cref="WorkspaceLayout.GitRoot"/> (<c>&lt;state dir&gt;/git/&lt;agent id&gt;.git</c>) and the workspace is only
/// its work tree: nothing inside the workspace (a <c>.git</c> folder or file, a config, hooks) is ever opened as a
/// repository, and the remote URL always comes from the declarations (<see cref="GitOptions.RemoteUrlOf"/>).
/// </summary>
public static class WorkspaceRepository
{
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Git metadata of a legacy <c>.git</c> (from before the git directory moved out of the workspace) that the
    /// migration drops: everything that is configuration, code, a pointer to another repository, or a half-done
    /// operation. What stays is objects, refs and logs, which are data.
    /// </summary>
    private static readonly string[] s_untrustedLegacyEntries =
    [
        "config", "index", "hooks", "info", "commondir", "gitdir", "worktrees", "modules", "remotes", "branches",
        "shallow", "FETCH_HEAD", "MERGE_HEAD", "MERGE_MSG", "MERGE_MODE", "CHERRY_PICK_HEAD", "REVERT_HEAD",
        "BISECT_LOG", "rebase-merge", "rebase-apply", "sequencer", "description",
        "objects/info/alternates", "objects/info/http-alternates", "nixclaw-sync.json", "nixclaw-sync.json.tmp",
    ];

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

    private static bool IsLegacyGitDirectory(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && info.LinkTarget is null;
    }

    /// <summary>
    /// Moves an old-layout <c>&lt;workspace&gt;/.git</c> folder out of the agent's reach and makes it the git directory,
    /// keeping its objects and refs (so every local commit, pushed or not, survives) and dropping everything the
    /// agent could have planted to act on the host (<see cref="s_untrustedLegacyEntries"/>, every symlink). A
    /// <c>.git</c> that is a file or a link is not ours and is not migrated.
    /// </summary>
    /// <remarks>
    /// The move is one rename(2) when the state folder is on the workspace's file system (nothing is read through
    /// the agent's paths); otherwise the tree is copied without following links and then deleted from the workspace.
    /// Afterwards the workspace has no <c>.git</c>; one the agent creates later is inert data: never opened, and never
    /// committed (git refuses <c>.git</c> paths). A process the agent left running with an open handle inside the old
    /// folder could still write there during the move; sanitising after the move covers what it could plant.
    /// </remarks>
    private static bool MigrateLegacy(WorkspaceLayout layout, string agentId, GitOptions options)
    {
        var legacy = Path.Combine(layout.WorkspaceOf(agentId), ".git");
        var gitDirectory = layout.GitDirectoryOf(agentId);
        var staging = gitDirectory + ".migrating";
        if (!Directory.Exists(staging))
        {
            if (!IsLegacyGitDirectory(legacy))
            {
                return false;
            }

            CreatePrivateFolder(Path.GetDirectoryName(gitDirectory)!);
            try
            {
                Directory.Move(legacy, staging);
            }
            catch (IOException)
            {
                // Another file system: copy (links skipped), then remove the original.
                CopyWithoutLinks(legacy, staging + ".copy");
                Directory.Move(staging + ".copy", staging);
                Directory.Delete(legacy, recursive: true);
            }
        }

        // A crash after the move resumes here: the staging folder holds the only copy, so it is never deleted.
        RemoveLinks(staging);
        foreach (var entry in s_untrustedLegacyEntries)
        {
            var path = Path.Combine(staging, entry);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        GitEnvironment.Harden();
        Repository.Init(staging, isBare: true); // re-initialising writes a fresh config and keeps objects and refs
        File.WriteAllText(Path.Combine(staging, "HEAD"), $"ref: refs/heads/{options.Branch}\n");
        Directory.Move(staging, gitDirectory);

        // The old index was dropped with the rest; rebuild it from the last commit so the next status sees only
        // real differences between that commit and the work tree.
        using var repo = OpenWithWorkTree(gitDirectory, layout.WorkspaceOf(agentId));
        if (repo.Head.Tip is { } tip)
        {
            repo.Index.Replace(tip.Tree);
            repo.Index.Write();
        }

        return true;
    }

    /// <summary>How old a git lock file must be before it counts as left by a crash rather than held by a running sync.</summary>
    private static readonly TimeSpan s_staleLock = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A sync killed mid-write leaves <c>index.lock</c> (or a ref's <c>.lock</c>), and libgit2 then refuses every later
    /// sync of that workspace. A lock older than any sync takes is removed; a fresh one (another process syncing) is left.
    /// </summary>
    private static void RemoveStaleLocks(string gitDirectory)
    {
        foreach (var name in new[] { "index.lock", "HEAD.lock", "config.lock", "packed-refs.lock" })
        {
            RemoveIfStale(Path.Combine(gitDirectory, name));
        }

        var refs = Path.Combine(gitDirectory, "refs");
        if (Directory.Exists(refs))
        {
            foreach (var path in Directory.EnumerateFiles(refs, "*.lock", SearchOption.AllDirectories))
            {
                RemoveIfStale(path);
            }
        }

        static void RemoveIfStale(string path)
        {
            var info = new FileInfo(path);
            if (info.Exists && DateTime.UtcNow - info.LastWriteTimeUtc > s_staleLock)
            {
                info.Delete();
            }
        }
    }

    /// <summary>A folder only the service user can enter (the git root and the copies made while migrating).</summary>
    private static void CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, PrivateFolder);
        }
    }

    /// <summary>Deletes every symlink under <paramref name="folder"/>, never descending through one.</summary>
    private static void RemoveLinks(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                entry.Delete();
            }
            else if (entry is DirectoryInfo directory)
            {
                RemoveLinks(directory.FullName);
            }
        }
    }

    /// <summary>
    /// Copies regular files and folders, skipping links and anything else (FIFOs, sockets, devices). Only used when
    /// the state folder is on another file system than the workspace. Residual race: a folder swapped for a link
    /// between its check and its listing would be listed through the link (files inside are still opened with
    /// O_NOFOLLOW); what such a copy could pull in lands only in this agent's own git directory.
    /// </summary>
    internal static void CopyWithoutLinks(string source, string destination)
    {
        CreatePrivateFolder(destination);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(destination, entry.Name);
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                CopyWithoutLinks(directory.FullName, target);
            }
            else
            {
                CopyRegularFile(entry.FullName, target);
            }
        }
    }

    /// <summary>
    /// Copies one file opened with O_NOFOLLOW|O_NONBLOCK, so a link swapped in after the listing is refused rather than
    /// followed and a FIFO cannot block; anything that is not a regular file once open is skipped.
    /// </summary>
    private static void CopyRegularFile(string source, string target)
    {
        const int ReadOnly = 0, NoFollow = 0x20000, NonBlock = 0x800, CloseOnExec = 0x80000; // Linux values
        var fd = OpenNative(source, ReadOnly | NoFollow | NonBlock | CloseOnExec);
        if (fd < 0)
        {
            return;
        }

        using var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true);
        if (File.GetAttributes(handle).HasFlag(FileAttributes.Directory))
        {
            return;
        }

        try
        {
            using var input = new FileStream(handle, FileAccess.Read);
            if (!input.CanSeek)
            {
                return; // a FIFO, socket or device
            }

            using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            input.CopyTo(output);
        }
        catch (IOException)
        {
            // Not a regular file (a FIFO or socket answers EAGAIN): not git data, skipped.
            File.Delete(target);
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenNative([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int flags);
}
