using LibGit2Sharp;

namespace NixClaw.Runtime.Workspaces.Git;

/// <summary>
/// The file-level work under <see cref="WorkspaceRepository"/>: moving a legacy in-workspace <c>.git</c> out while dropping
/// everything in it that is not data, clearing locks a crashed sync left, and copying without following links.
/// </summary>
public static partial class WorkspaceRepository
{
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
