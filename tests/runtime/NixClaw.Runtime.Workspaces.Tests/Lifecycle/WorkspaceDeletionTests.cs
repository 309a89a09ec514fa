using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Runtime.Workspaces.Tests.Lifecycle;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkspaceDeletionTests : IDisposable
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
    private readonly string _root = Directory.CreateTempSubdirectory("nixclaw-delete-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Deleting_a_workspace_never_follows_its_links()
    {
        // Issue 17: deletion made every file writable first, through links too (chmod follows them).
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        var hostFile = Path.Combine(outside, "host.conf");
        File.WriteAllText(hostFile, "host");
        File.SetUnixFileMode(hostFile, ReadOnly);
        var workspace = Directory.CreateDirectory(Path.Combine(_root, "ws")).FullName;
        File.WriteAllText(Path.Combine(workspace, "AGENTS.md"), "mine");
        Directory.CreateDirectory(Path.Combine(workspace, ".git", "objects"));
        var gitObject = Path.Combine(workspace, ".git", "objects", "ab");
        File.WriteAllText(gitObject, "blob");
        File.SetUnixFileMode(gitObject, ReadOnly);
        File.CreateSymbolicLink(Path.Combine(workspace, "to-dir"), outside);
        File.CreateSymbolicLink(Path.Combine(workspace, "to-file"), hostFile);

        AgentLifecycle.DeleteWorkspaceFolder(workspace);

        Assert.False(Directory.Exists(workspace));
        Assert.Equal("host", File.ReadAllText(hostFile));
        Assert.Equal(ReadOnly, File.GetUnixFileMode(hostFile));
    }
}
