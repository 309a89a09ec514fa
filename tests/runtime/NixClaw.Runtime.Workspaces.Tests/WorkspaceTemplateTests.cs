namespace NixClaw.Runtime.Workspaces.Tests;

public sealed class WorkspaceTemplateTests
{
    private static readonly Dictionary<string, string> s_values = new()
    {
        ["agent.id"] = "alpha",
        ["agent.name"] = "Alpha",
        ["agent.channel"] = "alpha",
        ["agent.model"] = "default",
        ["workspace.repository"] = "NixClaw/alpha",
        ["workspace.url"] = "http://127.0.0.1/NixClaw/alpha",
    };

    [Fact]
    public void The_built_in_default_template_renders_every_placeholder()
    {
        using var temp = new TempDirectory();
        var template = WorkspaceTemplate.Load(temp.Combine("no-templates-here"), "default");

        var written = template.WriteInto(temp.Combine("ws"), s_values);

        Assert.Contains("AGENTS.md", written);
        Assert.Contains("memory/README.md", written);
        var agents = File.ReadAllText(temp.Combine("ws", "AGENTS.md"));
        Assert.StartsWith("# Alpha\n", agents, StringComparison.Ordinal);
        Assert.Contains("NixClaw/alpha", agents, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", agents, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_template_is_copied_as_regular_files_binary_untouched_existing_files_kept()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.Combine("templates", "research")).FullName;
        File.WriteAllText(Path.Combine(folder, "SOUL.md"), "I am {{agent.name}}.\n");
        byte[] binary = [0x89, 0x50, 0x4e, 0x47, 0x00, 0x7b, 0x7b];
        File.WriteAllBytes(Path.Combine(folder, "logo.png"), binary);
        Directory.CreateDirectory(Path.Combine(folder, "parts"));
        File.WriteAllText(Path.Combine(folder, "parts", "real.md"), "{{agent.id}}");
        File.CreateSymbolicLink(Path.Combine(folder, "LINK.md"), Path.Combine(folder, "parts", "real.md"));
        var workspace = Directory.CreateDirectory(temp.Combine("ws")).FullName;
        File.WriteAllText(Path.Combine(workspace, "SOUL.md"), "mine\n");

        var written = WorkspaceTemplate.Load(temp.Combine("templates"), "research").WriteInto(workspace, s_values);

        Assert.Equal(["LINK.md", "logo.png", "parts/real.md"], written);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(workspace, "SOUL.md")));
        Assert.Equal(binary, File.ReadAllBytes(Path.Combine(workspace, "logo.png")));
        Assert.Null(new FileInfo(Path.Combine(workspace, "LINK.md")).LinkTarget);
        Assert.Equal("alpha", File.ReadAllText(Path.Combine(workspace, "LINK.md")));
    }

    [Fact]
    public void A_symlink_leaving_the_template_is_refused_with_its_path()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.Combine("templates", "leaky")).FullName;
        File.WriteAllText(temp.Combine("secret.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(folder, "NOTES.md"), temp.Combine("secret.txt"));

        var error = Assert.Throws<TemplateException>(() => WorkspaceTemplate.Load(temp.Combine("templates"), "leaky"));

        Assert.Contains(Path.Combine(folder, "NOTES.md"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_template_names_the_folder()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<TemplateException>(() => WorkspaceTemplate.Load(temp.Path, "nope"));
        Assert.Contains(Path.Combine(temp.Path, "nope"), error.Message, StringComparison.Ordinal);
        Assert.Throws<TemplateException>(() => WorkspaceTemplate.Load(temp.Path, "../etc"));
    }
}
