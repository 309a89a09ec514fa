using NixClaw.Runtime.Sandbox.Files;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary>The file tools' confinement: no '..', no absolute paths, no symlinks anywhere in a path, size limits, exact edits.</summary>
public sealed class WorkspaceFilesTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("nixclaw-files-").FullName;
    private readonly string _root;
    private readonly string _outside;
    private readonly WorkspaceFiles _files;

    public WorkspaceFilesTests()
    {
        _root = Path.Combine(_base, "ws");
        _outside = Path.Combine(_base, "outside");
        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "host secret");
        _files = new WorkspaceFiles(_root, new WorkspaceFileLimits(MaxReadBytes: 100, MaxWriteBytes: 200, MaxListEntries: 3));
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    [Fact]
    public void Write_read_edit_and_list_work_inside_the_workspace()
    {
        _files.Write("notes/todo.md", "one\ntwo\n");
        Assert.Equal("one\ntwo\n", _files.Read("notes/todo.md"));
        Assert.Equal("one\ntwo\n", _files.Read("./notes//todo.md"));

        Assert.Equal(10, _files.Edit("notes/todo.md", "two", "three"));
        Assert.Equal("one\nthree\n", File.ReadAllText(Path.Combine(_root, "notes", "todo.md")));

        _files.Write("a.txt", "");
        var entries = _files.List(".", out var truncated);
        Assert.False(truncated);
        Assert.Equal([new WorkspaceEntry("a.txt", "file", 0), new WorkspaceEntry("notes", "directory", null)], entries);
        Assert.Equal([new WorkspaceEntry("todo.md", "file", 10)], _files.List("notes", out _));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "notes"), ".*"));
    }

    [Theory]
    [InlineData("../outside/secret.txt", "..")]
    [InlineData("notes/../../outside/secret.txt", "..")]
    [InlineData("..", "..")]
    [InlineData("/etc/passwd", "absolute")]
    [InlineData("~/secret.txt", "absolute")]
    [InlineData("", "workspace itself")]
    [InlineData("a\0b", "NUL")]
    public void Paths_that_leave_the_workspace_are_refused(string path, string reason)
    {
        Assert.Contains(reason, Assert.Throws<WorkspaceFileException>(() => _files.Read(path)).Message, StringComparison.Ordinal);
        Assert.Throws<WorkspaceFileException>(() => _files.Write(path, "x"));
        Assert.Equal("host secret", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
    }

    [Fact]
    public void Symlinks_are_never_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "leak"), Path.Combine(_outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "dir"), _outside);
        Directory.CreateDirectory(Path.Combine(_root, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_root, "self"), _root);

        Assert.Contains("symbolic link", Assert.Throws<WorkspaceFileException>(() => _files.Read("leak")).Message, StringComparison.Ordinal);
        Assert.Throws<WorkspaceFileException>(() => _files.Read("dir/secret.txt"));
        Assert.Throws<WorkspaceFileException>(() => _files.Read("sub/up/leak"));
        Assert.Throws<WorkspaceFileException>(() => _files.Read("self/leak"));
        Assert.Throws<WorkspaceFileException>(() => _files.Edit("leak", "host", "pwned"));
        Assert.Throws<WorkspaceFileException>(() => _files.Write("dir/planted.txt", "x"));
        Assert.Throws<WorkspaceFileException>(() => _files.List("dir", out _));
        Assert.False(File.Exists(Path.Combine(_outside, "planted.txt")));
        Assert.Equal("host secret", File.ReadAllText(Path.Combine(_outside, "secret.txt")));

        // The listing shows links as links, without following them.
        Assert.Contains(new WorkspaceEntry("leak", "symlink", null), _files.List(".", out _));
    }

    [Fact]
    public void A_hard_link_to_a_host_file_is_neither_read_nor_edited()
    {
        // Issue 17: no path check can tell a hard link from the file; a second link is refused outright.
        TestHost.Run("ln", Path.Combine(_outside, "secret.txt"), Path.Combine(_root, "linked.txt"));
        Assert.Contains("hard links", Assert.Throws<WorkspaceFileException>(() => _files.Read("linked.txt")).Message, StringComparison.Ordinal);
        Assert.Throws<WorkspaceFileException>(() => _files.Edit("linked.txt", "host", "agent"));
        _files.Write("linked.txt", "replaced");
        Assert.Equal("host secret", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
        Assert.Equal("replaced", _files.Read("linked.txt"));
    }

    [Fact]
    public void Special_files_are_refused()
    {
        TestHost.Run("mkfifo", Path.Combine(_root, "pipe"));
        Assert.Contains("not a regular file", Assert.Throws<WorkspaceFileException>(() => _files.Read("pipe")).Message, StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(_root, "d"));
        Assert.Contains("not a regular file", Assert.Throws<WorkspaceFileException>(() => _files.Read("d")).Message, StringComparison.Ordinal);
        Assert.Throws<WorkspaceFileException>(() => _files.Write("d", "x"));
        Assert.Throws<WorkspaceFileException>(() => _files.Read("missing.txt"));
    }

    [Fact]
    public void Size_limits_apply()
    {
        File.WriteAllText(Path.Combine(_root, "big.txt"), new string('a', 150));
        var text = _files.Read("big.txt");
        Assert.StartsWith(new string('a', 100) + "\n[nixclaw: file truncated: showing the first 100 of 150 bytes]", text, StringComparison.Ordinal);
        Assert.Contains("limit", Assert.Throws<WorkspaceFileException>(() => _files.Edit("big.txt", "a", "b")).Message, StringComparison.Ordinal);

        Assert.Contains("write limit", Assert.Throws<WorkspaceFileException>(() => _files.Write("w.txt", new string('x', 201))).Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "w.txt")));

        _files.Write("e.txt", new string('y', 90) + "Z");
        Assert.Contains("write limit", Assert.Throws<WorkspaceFileException>(() => _files.Edit("e.txt", "Z", new string('z', 150))).Message, StringComparison.Ordinal);

        foreach (var n in new[] { "1", "2", "3", "4" })
        {
            _files.Write(n, n);
        }

        Assert.Equal(3, _files.List(".", out var truncated).Count);
        Assert.True(truncated);
    }

    [Fact]
    public void Edit_must_match_exactly_once_and_keeps_the_mode()
    {
        _files.Write("s.sh", "echo a\necho a\necho b\n");
        File.SetUnixFileMode(Path.Combine(_root, "s.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Contains("more than once", Assert.Throws<WorkspaceFileException>(() => _files.Edit("s.sh", "echo a", "x")).Message, StringComparison.Ordinal);
        Assert.Contains("not found", Assert.Throws<WorkspaceFileException>(() => _files.Edit("s.sh", "echo c", "x")).Message, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<WorkspaceFileException>(() => _files.Edit("s.sh", "", "x")).Message, StringComparison.Ordinal);

        _files.Edit("s.sh", "echo b", "echo c");
        Assert.Equal("echo a\necho a\necho c\n", File.ReadAllText(Path.Combine(_root, "s.sh")));
        Assert.True(File.GetUnixFileMode(Path.Combine(_root, "s.sh")).HasFlag(UnixFileMode.UserExecute));
    }
}
