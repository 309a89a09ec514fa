using System.Diagnostics;

namespace NixClaw.Runtime.Workspaces.Tests;

public sealed class SharedFilesTests
{
    private static (TempDirectory Temp, WorkspaceLayout Layout, string Workspace) Setup()
    {
        var temp = new TempDirectory();
        var layout = new WorkspaceLayout { WorkspacesRoot = temp.Combine("ws"), TemplatesRoot = temp.Combine("templates"), SharedDirectory = temp.Combine("shared"), GitRoot = temp.Combine("git") };
        Directory.CreateDirectory(layout.SharedDirectory);
        File.WriteAllText(Path.Combine(layout.SharedDirectory, "USER.md"), "# User\nv1\n");
        File.WriteAllText(Path.Combine(layout.SharedDirectory, "TOOLS.md"), "# Tools\nv1\n");
        var workspace = Directory.CreateDirectory(layout.WorkspaceOf("alpha")).FullName;
        return (temp, layout, workspace);
    }

    [Fact]
    public void Shared_files_are_regular_copies_and_a_second_refresh_writes_nothing()
    {
        var (temp, layout, workspace) = Setup();
        using var _ = temp;

        Assert.Equal(["USER.md", "TOOLS.md"], SharedFiles.Load(layout).Refresh(workspace));
        Assert.Empty(SharedFiles.Load(layout).Refresh(workspace));

        foreach (var name in new[] { "USER.md", "TOOLS.md" })
        {
            var path = Path.Combine(workspace, name);
            Assert.Null(new FileInfo(path).LinkTarget);
            Assert.Equal(1u, FileLinks.LinkCount(path));
        }

        Assert.Empty(Directory.GetFiles(workspace, "*.nixclaw-tmp"));
    }

    [Fact]
    public void A_changed_shared_file_is_copied_again()
    {
        var (temp, layout, workspace) = Setup();
        using var _ = temp;
        SharedFiles.Load(layout).Refresh(workspace);
        File.WriteAllText(Path.Combine(layout.SharedDirectory, "USER.md"), "# User\nv2\n");

        Assert.Equal(["USER.md"], SharedFiles.Load(layout).Refresh(workspace));
        Assert.Equal("# User\nv2\n", File.ReadAllText(Path.Combine(workspace, "USER.md")));
    }

    [Fact]
    public void A_symlink_in_place_of_a_shared_file_becomes_a_regular_file_and_its_target_is_untouched()
    {
        var (temp, layout, workspace) = Setup();
        using var _ = temp;
        var source = Path.Combine(layout.SharedDirectory, "USER.md");
        var link = Path.Combine(workspace, "USER.md");
        File.CreateSymbolicLink(link, source); // what the seed's script did

        SharedFiles.Load(layout).Refresh(workspace);

        Assert.Null(new FileInfo(link).LinkTarget);
        Assert.Equal(File.ReadAllText(source), File.ReadAllText(link));
        Assert.Null(new FileInfo(source).LinkTarget);
    }

    [Fact]
    public void A_hardlink_with_identical_content_is_replaced_by_an_independent_copy()
    {
        var (temp, layout, workspace) = Setup();
        using var _ = temp;
        var source = Path.Combine(layout.SharedDirectory, "TOOLS.md");
        var target = Path.Combine(workspace, "TOOLS.md");
        using (var ln = Process.Start("ln", [source, target]))
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        Assert.Equal(2u, FileLinks.LinkCount(target));

        Assert.Contains("TOOLS.md", SharedFiles.Load(layout).Refresh(workspace));

        Assert.Equal(1u, FileLinks.LinkCount(target));
        Assert.Equal(1u, FileLinks.LinkCount(source));
        Assert.Equal(File.ReadAllText(source), File.ReadAllText(target));
    }

    [Fact]
    public void A_link_planted_at_the_temporary_name_is_never_written_through()
    {
        var (temp, layout, workspace) = Setup();
        using var _ = temp;
        var victim = temp.Combine("victim.txt");
        File.WriteAllText(victim, "do not touch\n");
        File.CreateSymbolicLink(Path.Combine(workspace, ".USER.md.nixclaw-tmp"), victim);

        SharedFiles.Load(layout).Refresh(workspace);

        Assert.Equal("do not touch\n", File.ReadAllText(victim));
        Assert.Equal("# User\nv1\n", File.ReadAllText(Path.Combine(workspace, "USER.md")));
    }

    [Fact]
    public void Workspace_paths_stay_inside_the_root()
    {
        var (temp, layout, _) = Setup();
        using var __ = temp;
        Assert.Throws<ArgumentException>(() => layout.WorkspaceOf("../etc"));
        Assert.Throws<ArgumentException>(() => layout.WorkspaceOf("Alpha"));
        Assert.Equal(Path.Combine(Path.GetFullPath(layout.WorkspacesRoot), "a-1"), layout.WorkspaceOf("a-1"));
    }
}
