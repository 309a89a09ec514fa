using NixClaw.Runtime.Gateway.Agents;

namespace NixClaw.Runtime.Gateway.Tests;

public sealed class WorkspacePromptTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("nixclaw-prompt-").FullName;

    [Fact]
    public void FilesComeInOpenClawOrderUnderHeadingsAndMissingOnesAreLeftOut()
    {
        File.WriteAllText(Path.Combine(_dir, "USER.md"), "user notes");
        File.WriteAllText(Path.Combine(_dir, "AGENTS.md"), "agent rules");
        File.WriteAllText(Path.Combine(_dir, "TOOLS.md"), "tool notes");

        var prompt = WorkspacePrompt.Build(Agent(), "coder");

        Assert.StartsWith("You are Coder (agent id coder), answering in the Mattermost channel ~coder.", prompt, StringComparison.Ordinal);
        Assert.True(prompt.IndexOf("## AGENTS.md\nagent rules", StringComparison.Ordinal) < prompt.IndexOf("## USER.md\nuser notes", StringComparison.Ordinal));
        Assert.True(prompt.IndexOf("## USER.md", StringComparison.Ordinal) < prompt.IndexOf("## TOOLS.md\ntool notes", StringComparison.Ordinal));
        Assert.DoesNotContain("SOUL.md", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFileAndTheTotalAreCappedWithAVisibleMarker()
    {
        File.WriteAllText(Path.Combine(_dir, "AGENTS.md"), new string('a', 150));
        File.WriteAllText(Path.Combine(_dir, "SOUL.md"), new string('s', 80));
        File.WriteAllText(Path.Combine(_dir, "USER.md"), new string('u', 80));

        var prompt = WorkspacePrompt.Build(Agent(), "", maxCharsPerFile: 100, maxCharsTotal: 150);

        Assert.Contains(new string('a', 100) + "\n[…truncated: 50 more characters]", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 101), prompt, StringComparison.Ordinal);
        Assert.Contains(new string('s', 50) + "\n[…truncated: 30 more characters]", prompt, StringComparison.Ordinal);
        Assert.Contains("## USER.md\n\n[…truncated: 80 more characters]", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkLeavingTheWorkspaceIsMarkedUnreadable()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"nixclaw-secret-{Guid.NewGuid():N}.md");
        File.WriteAllText(outside, "outside secret");
        try
        {
            File.CreateSymbolicLink(Path.Combine(_dir, "SOUL.md"), outside);
            var prompt = WorkspacePrompt.Build(Agent(), "");
            Assert.Contains("## SOUL.md\n[UNREADABLE: symlink leaves the workspace]", prompt, StringComparison.Ordinal);
            Assert.DoesNotContain("outside secret", prompt, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void TheCacheKeepsThePromptUntilAFileChangesAppearsOrGoes()
    {
        var cache = new WorkspacePromptCache();
        var agents = Path.Combine(_dir, "AGENTS.md");
        File.WriteAllText(agents, "rules v1");
        var first = cache.Get(Agent(), "coder");
        Assert.Same(first, cache.Get(Agent(), "coder"));
        Assert.NotSame(first, cache.Get(Agent(), "other-channel"));

        File.WriteAllText(agents, "rules version 2");
        var edited = cache.Get(Agent(), "coder");
        Assert.Contains("rules version 2", edited, StringComparison.Ordinal);
        Assert.Same(edited, cache.Get(Agent(), "coder"));

        // Same length, later write time.
        File.WriteAllText(agents, "rules version 3");
        File.SetLastWriteTimeUtc(agents, DateTime.UtcNow.AddSeconds(5));
        Assert.Contains("rules version 3", cache.Get(Agent(), "coder"), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_dir, "SOUL.md"), "soul");
        Assert.Contains("## SOUL.md\nsoul", cache.Get(Agent(), "coder"), StringComparison.Ordinal);
        File.Delete(agents);
        Assert.DoesNotContain("AGENTS.md", cache.Get(Agent(), "coder"), StringComparison.Ordinal);
        Assert.Equal(WorkspacePrompt.Build(Agent(), "coder"), cache.Get(Agent(), "coder"));
    }

    [Fact]
    public void ACacheNeverKeepsAPromptWithASymlinkedFile()
    {
        var cache = new WorkspacePromptCache();
        var target = Path.Combine(_dir, "shared-notes.md");
        File.WriteAllText(target, "notes v1");
        File.CreateSymbolicLink(Path.Combine(_dir, "USER.md"), target);
        Assert.Contains("notes v1", cache.Get(Agent(), "coder"), StringComparison.Ordinal);

        // The link's own stamp does not change when its target does.
        File.WriteAllText(target, "notes v2");
        File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(target));
        Assert.Contains("notes v2", cache.Get(Agent(), "coder"), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private ResolvedAgent Agent() => new("coder", "Coder", "fast", 4, _dir, null);
}
