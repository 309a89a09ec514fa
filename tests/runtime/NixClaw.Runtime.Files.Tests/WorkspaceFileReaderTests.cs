using System.Diagnostics;

namespace NixClaw.Runtime.Files.Tests;

public sealed class WorkspaceFileReaderTests : IDisposable
{
    private const int Cap = 64 * 1024;
    private readonly HostileWorkspace _w = new();

    public void Dispose() => _w.Dispose();

    [Fact]
    public void Reads_a_regular_file()
    {
        _w.Write("AGENTS.md", "be nice");
        var read = WorkspaceFileReader.Read(_w.Workspace, "AGENTS.md", Cap);
        Assert.Equal(WorkspaceFileStatus.Read, read.Status);
        Assert.Equal("be nice", read.Text);
        Assert.Null(read.Reason);
    }

    [Fact]
    public void Reads_a_file_in_a_folder()
    {
        _w.Write("memory/today.md", "notes");
        Assert.Equal("notes", WorkspaceFileReader.Read(_w.Workspace, "memory/today.md", Cap).Text);
    }

    [Fact]
    public void A_missing_file_is_missing_without_a_reason()
    {
        var read = WorkspaceFileReader.Read(_w.Workspace, "SOUL.md", Cap);
        Assert.Equal(WorkspaceFileStatus.Missing, read.Status);
        Assert.False(read.IsProblem);
        Assert.Empty(read.Content);
    }

    [Fact]
    public void A_one_hop_symlink_out_of_the_workspace_is_refused()
    {
        _w.Symlink("SOUL.md", _w.OutsideFile);
        var read = WorkspaceFileReader.Read(_w.Workspace, "SOUL.md", Cap);
        Assert.Equal(WorkspaceFileStatus.Symlink, read.Status);
        Assert.Contains("SOUL.md", read.Reason, StringComparison.Ordinal);
        Assert.Empty(read.Content);
    }

    [Fact]
    public void A_two_hop_link_through_a_linked_folder_is_refused()
    {
        // Issue 17, case 4: d -> <dir outside>, SOUL.md -> d/bot_token.
        _w.Symlink("d", _w.Outside);
        _w.Symlink("SOUL.md", "d/bot_token");
        var read = WorkspaceFileReader.Read(_w.Workspace, "SOUL.md", Cap);
        Assert.Equal(WorkspaceFileStatus.Symlink, read.Status);
        Assert.DoesNotContain(HostileWorkspace.HostSecret, read.Text, StringComparison.Ordinal);

        var direct = WorkspaceFileReader.Read(_w.Workspace, "d/bot_token", Cap);
        Assert.Equal(WorkspaceFileStatus.Symlink, direct.Status);
        Assert.Contains("'d'", direct.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_that_stays_inside_the_workspace_is_refused_too()
    {
        _w.Write("real.md", "inside");
        _w.Symlink("SOUL.md", "real.md");
        Assert.Equal(WorkspaceFileStatus.Symlink, WorkspaceFileReader.Read(_w.Workspace, "SOUL.md", Cap).Status);
    }

    [Fact]
    public void A_hard_linked_file_is_refused()
    {
        _w.HardLink("SOUL.md", _w.OutsideFile);
        var read = WorkspaceFileReader.Read(_w.Workspace, "SOUL.md", Cap);
        Assert.Equal(WorkspaceFileStatus.HardLinked, read.Status);
        Assert.Contains("2 hard links", read.Reason, StringComparison.Ordinal);
        Assert.Empty(read.Content);
    }

    [Fact]
    public void A_fifo_is_refused_without_blocking()
    {
        _w.Fifo("AGENTS.md");
        var clock = Stopwatch.StartNew();
        var read = WorkspaceFileReader.Read(_w.Workspace, "AGENTS.md", Cap);
        Assert.Equal(WorkspaceFileStatus.NotRegularFile, read.Status);
        Assert.Contains("FIFO", read.Reason, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_socket_is_refused()
    {
        using var socket = _w.UnixSocket("TOOLS.md");
        var read = WorkspaceFileReader.Read(_w.Workspace, "TOOLS.md", Cap);
        Assert.Equal(WorkspaceFileStatus.NotRegularFile, read.Status);
        Assert.Contains("socket", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_is_refused()
    {
        // Tests run as root here, but mknod is not needed: a link to /dev/zero is refused as a link, and the
        // workspace itself may be reached through trusted paths only, so probe the device through the root.
        var read = WorkspaceFileReader.Read("/dev", "zero", Cap);
        Assert.Equal(WorkspaceFileStatus.NotRegularFile, read.Status);
        Assert.Contains("character device", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_where_a_file_is_expected_is_refused()
    {
        Directory.CreateDirectory(_w.In("USER.md"));
        var read = WorkspaceFileReader.Read(_w.Workspace, "USER.md", Cap);
        Assert.Equal(WorkspaceFileStatus.NotRegularFile, read.Status);
        Assert.Contains("directory", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_where_a_folder_is_expected_is_refused()
    {
        _w.Write("memory", "not a folder");
        var read = WorkspaceFileReader.Read(_w.Workspace, "memory/today.md", Cap);
        Assert.Equal(WorkspaceFileStatus.NotRegularFile, read.Status);
        Assert.Contains("not a folder", read.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_sparse_file_is_refused_without_reading_it()
    {
        _w.Sparse("AGENTS.md", 64L * 1024 * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var read = WorkspaceFileReader.Read(_w.Workspace, "AGENTS.md", Cap);
        Assert.Equal(WorkspaceFileStatus.TooLarge, read.Status);
        Assert.Empty(read.Content);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_file_one_byte_over_the_cap_is_refused_and_one_at_the_cap_is_read()
    {
        _w.Write("at.md", new string('a', 100));
        _w.Write("over.md", new string('a', 101));
        Assert.Equal(WorkspaceFileStatus.Read, WorkspaceFileReader.Read(_w.Workspace, "at.md", 100).Status);
        Assert.Equal(WorkspaceFileStatus.TooLarge, WorkspaceFileReader.Read(_w.Workspace, "over.md", 100).Status);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside/bot_token")]
    [InlineData("a/../../outside/bot_token")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("a\0b")]
    public void Paths_that_could_leave_the_workspace_are_invalid(string path)
    {
        var read = WorkspaceFileReader.Read(_w.Workspace, path, Cap);
        Assert.Equal(WorkspaceFileStatus.InvalidPath, read.Status);
        Assert.NotNull(read.Reason);
    }

    [Fact]
    public async Task A_link_swapped_in_while_reading_never_yields_the_outside_content()
    {
        // A racing thread atomically exchanges (renameat2 RENAME_EXCHANGE) SOUL.md with a link to the host secret,
        // and the folder d with a link to the outside folder, while the reader runs many times: it must never
        // return the secret, whatever instant the swap hits.
        _w.Write("SOUL.md", "inside");
        _w.Symlink("SOUL.alt", _w.OutsideFile);
        _w.Write("d/bot_token", "inside too");
        _w.Symlink("d.alt", _w.Outside);
        using var stop = new CancellationTokenSource();
        var flipper = Task.Run(() =>
        {
            var flips = 0;
            while (!stop.IsCancellationRequested)
            {
                _w.Exchange("SOUL.md", "SOUL.alt");
                _w.Exchange("d", "d.alt");
                flips++;
            }

            return flips;
        });

        var results = new Dictionary<WorkspaceFileStatus, int>();
        var deadline = Stopwatch.StartNew();
        for (var i = 0; i < 20_000 && deadline.Elapsed < TimeSpan.FromSeconds(10); i++)
        {
            foreach (var path in (string[])["SOUL.md", "d/bot_token"])
            {
                var read = WorkspaceFileReader.Read(_w.Workspace, path, Cap);
                Assert.DoesNotContain(HostileWorkspace.HostSecret, read.Text, StringComparison.Ordinal);
                results[read.Status] = results.GetValueOrDefault(read.Status) + 1;
            }
        }

        await stop.CancelAsync();
        Assert.True(await flipper > 10, "the flipper must have run");
        Assert.True(results.GetValueOrDefault(WorkspaceFileStatus.Read) > 0, "some reads must have seen the regular file");
        Assert.True(results.GetValueOrDefault(WorkspaceFileStatus.Symlink) > 0, "some reads must have seen the link");
    }
}
