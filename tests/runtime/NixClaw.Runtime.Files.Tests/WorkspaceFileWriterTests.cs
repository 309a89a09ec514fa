using System.Text;

namespace NixClaw.Runtime.Files.Tests;

public sealed class WorkspaceFileWriterTests : IDisposable
{
    private readonly HostileWorkspace _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Replace_writes_a_regular_file_and_makes_folders()
    {
        WorkspaceFileWriter.Replace(_w.Workspace, "a/b/USER.md", "hello"u8);
        Assert.Equal("hello", File.ReadAllText(_w.In("a/b/USER.md")));
        Assert.Equal(WorkspaceFileWriter.DefaultMode, File.GetUnixFileMode(_w.In("a/b/USER.md")));
        Assert.Single(Directory.GetFiles(_w.In("a/b")));
    }

    [Fact]
    public void Replace_replaces_a_symlink_and_never_writes_through_it()
    {
        _w.Symlink("USER.md", _w.OutsideFile);
        WorkspaceFileWriter.Replace(_w.Workspace, "USER.md", "shared"u8);
        Assert.Equal(HostileWorkspace.HostSecret, File.ReadAllText(_w.OutsideFile));
        Assert.Null(new FileInfo(_w.In("USER.md")).LinkTarget);
        Assert.Equal("shared", File.ReadAllText(_w.In("USER.md")));
    }

    [Fact]
    public void Replace_replaces_a_hard_link_and_a_fifo_as_entries()
    {
        _w.HardLink("USER.md", _w.OutsideFile);
        _w.Fifo("TOOLS.md");
        WorkspaceFileWriter.Replace(_w.Workspace, "USER.md", "u"u8);
        WorkspaceFileWriter.Replace(_w.Workspace, "TOOLS.md", "t"u8);
        Assert.Equal(HostileWorkspace.HostSecret, File.ReadAllText(_w.OutsideFile));
        Assert.Equal("u", File.ReadAllText(_w.In("USER.md")));
        Assert.Equal("t", File.ReadAllText(_w.In("TOOLS.md")));
    }

    [Fact]
    public void A_linked_folder_on_the_way_is_refused()
    {
        _w.Symlink("d", _w.Outside);
        var error = Assert.Throws<WorkspaceFileException>(() => WorkspaceFileWriter.Replace(_w.Workspace, "d/bot_token", "x"u8));
        Assert.Equal(WorkspaceFileStatus.Symlink, error.Status);
        Assert.Equal(HostileWorkspace.HostSecret, File.ReadAllText(_w.OutsideFile));
        Assert.Single(Directory.GetFiles(_w.Outside));
    }

    [Fact]
    public void CreateNew_keeps_an_existing_file_and_a_dangling_link()
    {
        _w.Write("AGENTS.md", "mine");
        _w.Symlink("SOUL.md", Path.Combine(_w.Outside, "created-through-link"));
        Assert.False(WorkspaceFileWriter.CreateNew(_w.Workspace, "AGENTS.md", "template"u8));
        Assert.False(WorkspaceFileWriter.CreateNew(_w.Workspace, "SOUL.md", "template"u8));
        Assert.True(WorkspaceFileWriter.CreateNew(_w.Workspace, "IDENTITY.md", "template"u8));
        Assert.Equal("mine", File.ReadAllText(_w.In("AGENTS.md")));
        Assert.False(File.Exists(Path.Combine(_w.Outside, "created-through-link")));
        Assert.Equal("template", File.ReadAllText(_w.In("IDENTITY.md")));
        Assert.Equal(1, LinkCount(_w.In("IDENTITY.md")));
    }

    [Fact]
    public void A_written_file_reads_back_through_the_reader()
    {
        var content = Encoding.UTF8.GetBytes("round trip");
        WorkspaceFileWriter.Replace(_w.Workspace, "x/y.md", content);
        Assert.Equal(content, WorkspaceFileReader.Read(_w.Workspace, "x/y.md", 1024).Content);
    }

    private static int LinkCount(string path) =>
        WorkspaceFileReader.Read(Path.GetDirectoryName(path)!, Path.GetFileName(path), 1 << 20).Status == WorkspaceFileStatus.HardLinked ? 2 : 1;
}
