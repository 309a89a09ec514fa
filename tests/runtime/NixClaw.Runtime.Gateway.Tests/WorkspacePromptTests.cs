using System.Diagnostics;
using System.Net.Sockets;
using NixClaw.Runtime.Files;
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

    private const string HostSecret = "host-bot-token-5a4b3c";

    [Fact]
    public void AOneHopSymlinkLeavingTheWorkspaceIsSkippedAndReported()
    {
        var outside = OutsideSecret();
        File.CreateSymbolicLink(Path.Combine(_dir, "SOUL.md"), Path.Combine(outside, "bot_token"));
        File.WriteAllText(Path.Combine(_dir, "AGENTS.md"), "rules");
        var (prompt, problems) = BuildWithProblems();
        Assert.Contains("## SOUL.md\n[skipped: 'SOUL.md' is a symbolic link", prompt, StringComparison.Ordinal);
        Assert.Contains("## AGENTS.md\nrules", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("SOUL.md", WorkspaceFileStatus.Symlink), (problem.RelativePath, problem.Status));
    }

    [Fact]
    public void ATwoHopLinkThroughALinkedFolderIsSkipped()
    {
        // Issue 17, case 4: d -> <dir outside>, SOUL.md -> d/bot_token. Only the final target used to be checked.
        var outside = OutsideSecret();
        File.CreateSymbolicLink(Path.Combine(_dir, "d"), outside);
        File.CreateSymbolicLink(Path.Combine(_dir, "SOUL.md"), "d/bot_token");
        var (prompt, problems) = BuildWithProblems();
        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        Assert.Equal(WorkspaceFileStatus.Symlink, Assert.Single(problems).Status);
    }

    [Fact]
    public void AHardLinkToAHostFileIsSkipped()
    {
        var outside = OutsideSecret();
        HostileFiles.HardLink(Path.Combine(outside, "bot_token"), Path.Combine(_dir, "IDENTITY.md"));
        var (prompt, problems) = BuildWithProblems();
        Assert.DoesNotContain(HostSecret, prompt, StringComparison.Ordinal);
        Assert.Equal(WorkspaceFileStatus.HardLinked, Assert.Single(problems).Status);
    }

    [Fact]
    public void AFifoDoesNotBlockThePrompt()
    {
        // Issue 17, case 5: `mkfifo AGENTS.md` used to hang the channel's lane forever.
        HostileFiles.Fifo(Path.Combine(_dir, "AGENTS.md"));
        File.WriteAllText(Path.Combine(_dir, "SOUL.md"), "soul");
        var clock = Stopwatch.StartNew();
        var (prompt, problems) = BuildWithProblems();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Contains("## SOUL.md\nsoul", prompt, StringComparison.Ordinal);
        Assert.Contains("FIFO", Assert.Single(problems).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ASocketAFolderAndAHugeSparseFileAreSkipped()
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_dir, "TOOLS.md")));
        Directory.CreateDirectory(Path.Combine(_dir, "USER.md"));
        using (var sparse = new FileStream(Path.Combine(_dir, "AGENTS.md"), FileMode.Create, FileAccess.Write))
        {
            sparse.SetLength(32L * 1024 * 1024 * 1024);
        }

        var (prompt, problems) = BuildWithProblems();
        Assert.Equal(
            [("AGENTS.md", WorkspaceFileStatus.TooLarge), ("USER.md", WorkspaceFileStatus.NotRegularFile), ("TOOLS.md", WorkspaceFileStatus.NotRegularFile)],
            problems.Select(p => (p.RelativePath, p.Status)));
        Assert.True(prompt.Length < 2000);
    }

    [Fact]
    public void TheCacheReportsAProblemOnceAndStillBuildsThePrompt()
    {
        var outside = OutsideSecret();
        File.CreateSymbolicLink(Path.Combine(_dir, "SOUL.md"), Path.Combine(outside, "bot_token"));
        var logger = new ListLogger();
        var cache = new WorkspacePromptCache(logger);
        for (var i = 0; i < 3; i++)
        {
            Assert.DoesNotContain(HostSecret, cache.Get(Agent(), "coder"), StringComparison.Ordinal);
        }

        var warning = Assert.Single(logger.Lines);
        Assert.Contains("SOUL.md", warning, StringComparison.Ordinal);
        Assert.Contains("symbolic link", warning, StringComparison.Ordinal);
    }

    private (string Prompt, List<WorkspaceFileRead> Problems) BuildWithProblems()
    {
        var problems = new List<WorkspaceFileRead>();
        var prompt = WorkspacePrompt.Build(Agent(), "", problems: problems.Add);
        return (prompt, problems);
    }

    private string OutsideSecret()
    {
        var outside = Path.Combine(Path.GetDirectoryName(_dir)!, Path.GetFileName(_dir) + "-outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "bot_token"), HostSecret);
        _extra.Add(outside);
        return outside;
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
    public void ASymlinkedFileIsNeverReadEvenInsideTheWorkspace()
    {
        var cache = new WorkspacePromptCache();
        var target = Path.Combine(_dir, "shared-notes.md");
        File.WriteAllText(target, "notes v1");
        File.CreateSymbolicLink(Path.Combine(_dir, "USER.md"), target);
        Assert.DoesNotContain("notes v1", cache.Get(Agent(), "coder"), StringComparison.Ordinal);
        Assert.Contains("## USER.md\n[skipped:", cache.Get(Agent(), "coder"), StringComparison.Ordinal);
    }

    private readonly List<string> _extra = [];

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        foreach (var extra in _extra)
        {
            Directory.Delete(extra, recursive: true);
        }
    }

    private ResolvedAgent Agent() => new("coder", "Coder", "fast", 4, _dir, null);
}
