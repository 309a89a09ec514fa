namespace NixClaw.Runtime.Roster.Tests;

/// <summary>`agent new`/`agent delete` edits: byte-preserving, idempotent, validated, atomic, declared agents protected.</summary>
public sealed class RosterFilesTests : IDisposable
{
    private readonly TempConfigDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string HandWrittenAgents = """
        // Hand-written roster: every comment must survive.
        {
          ownership: "explicit", // required for several agents
          entries: {
            /* the first one */
            main: { name: "Main", workspace: "~/ws/main" }, // keep me
          },
        }

        """;

    private const string HandWrittenBindings = """
        [
          // main answers in town-square
          { agentId: "main", match: { channel: "mattermost", peer: { kind: "channel", id: "townsq" } } },
        ]

        """;

    [Fact]
    public void MissingFiles_AreCreatedWithAHeader_AndRoundTrip()
    {
        var files = new RosterFiles(_dir.Options(), []);
        Assert.True(files.SetAgent("writer", name: "Writer", workspace: "~/workspaces/writer", model: "gpt/gpt-4.1"));
        Assert.True(files.AddMattermostBinding("writer", "chan4"));

        Assert.Equal(
            """
            // NixClaw runtime agents (added by `agent new`). The gateway reloads this file on every change;
            // OpenClaw reads it through `agents: { $include: ["./agents.json5", "./declared-agents.json5"] }`.
            // Agents declared in C# live in declared-agents.json5 (written by each deploy) and are changed in C#, not here.
            {
              ownership: "explicit",
              entries: {
                writer: {
                  name: "Writer",
                  workspace: "~/workspaces/writer",
                  model: "gpt/gpt-4.1"
                },
              },
            }

            """,
            File.ReadAllText(_dir.AgentsPath));
        Assert.Equal(
            """
            // NixClaw route bindings: which agent answers in which Mattermost channel. The gateway reloads this file
            // on every change and the very next message follows it; OpenClaw reads it through
            // `bindings: { $include: "./bindings.json5" }`.
            [
              {
                agentId: "writer",
                match: {
                  channel: "mattermost",
                  peer: {
                    kind: "channel",
                    id: "chan4"
                  }
                }
              },
            ]

            """,
            File.ReadAllText(_dir.BindingsPath));

        var roster = RosterLoader.Load(_dir.Options(), []).Roster!;
        Assert.Equal("writer", roster.RouteMattermost("chan4", null)!.Id);
        Assert.Equal(new RosterAgent("writer", "Writer", "~/workspaces/writer", "gpt/gpt-4.1", false, null), roster.FindAgent("writer"));
    }

    [Fact]
    public void Edits_KeepCommentsAndUntouchedBytes_AndAreIdempotent()
    {
        File.WriteAllText(_dir.AgentsPath, HandWrittenAgents);
        File.WriteAllText(_dir.BindingsPath, HandWrittenBindings);
        var files = new RosterFiles(_dir.Options(), []);

        Assert.True(files.SetAgent("writer", name: "Writer"));
        Assert.True(files.AddMattermostBinding("writer", "chan4", comment: "docs"));
        var agents = File.ReadAllText(_dir.AgentsPath);
        var bindings = File.ReadAllText(_dir.BindingsPath);

        Assert.Equal(
            """
            // Hand-written roster: every comment must survive.
            {
              ownership: "explicit", // required for several agents
              entries: {
                /* the first one */
                main: { name: "Main", workspace: "~/ws/main" }, // keep me
                writer: {
                  name: "Writer"
                },
              },
            }

            """,
            agents);
        Assert.StartsWith(HandWrittenBindings[..HandWrittenBindings.LastIndexOf(']')], bindings, StringComparison.Ordinal);

        // Running `agent new writer` again changes nothing, not even the file's timestamp.
        var stamp = File.GetLastWriteTimeUtc(_dir.AgentsPath);
        Assert.False(files.SetAgent("writer", name: "Writer"));
        Assert.False(files.AddMattermostBinding("writer", "chan4", comment: "docs"));
        Assert.Equal(agents, File.ReadAllText(_dir.AgentsPath));
        Assert.Equal(bindings, File.ReadAllText(_dir.BindingsPath));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(_dir.AgentsPath));
    }

    [Fact]
    public void SetAgent_UpdatesOnlyTheGivenFields_KeepingOtherKeys()
    {
        File.WriteAllText(_dir.AgentsPath, "{ ownership: 'explicit', entries: { main: { name: 'Main', identity: { emoji: '🦀' } } } }\n");
        var files = new RosterFiles(_dir.Options(), []);
        Assert.True(files.SetAgent("main", model: "p/m"));
        Assert.Equal("{ ownership: 'explicit', entries: { main: { name: 'Main', identity: { emoji: '🦀' }, model: \"p/m\" } } }\n", File.ReadAllText(_dir.AgentsPath));
    }

    [Fact]
    public void RemoveAgent_RemovesItsEntryAndEveryBinding_KeepingTheRest()
    {
        File.WriteAllText(_dir.AgentsPath, HandWrittenAgents);
        File.WriteAllText(_dir.BindingsPath, HandWrittenBindings);
        var files = new RosterFiles(_dir.Options(), []);
        files.SetAgent("writer", name: "Writer");
        files.AddMattermostBinding("writer", "chan4");
        files.AddMattermostBinding("writer", "chan5");

        Assert.True(files.RemoveAgent("writer"));
        Assert.Equal(HandWrittenAgents, File.ReadAllText(_dir.AgentsPath));
        Assert.Equal(HandWrittenBindings, File.ReadAllText(_dir.BindingsPath));
        Assert.False(files.RemoveAgent("writer"));
    }

    [Fact]
    public void RemovingAnAgentThatNeverExisted_CreatesNoFiles()
    {
        Assert.False(new RosterFiles(_dir.Options(), []).RemoveAgent("nobody"));
        Assert.False(File.Exists(_dir.AgentsPath));
        Assert.False(File.Exists(_dir.BindingsPath));
    }

    [Fact]
    public void DeclaredAgents_CannotBeChangedOrRemoved_ButCanBeBound()
    {
        var files = new RosterFiles(_dir.Options(), [Agents.Declared("coder", "code")]);
        var change = Assert.Throws<RosterEditException>(() => files.SetAgent("coder", name: "X"));
        Assert.Equal("Agent \"coder\" is declared in C# and cannot be changed through agents.json5; change the C# declaration instead", change.Message);
        var remove = Assert.Throws<RosterEditException>(() => files.RemoveAgent("coder"));
        Assert.Equal("Agent \"coder\" is declared in C# and cannot be removed through agents.json5; change the C# declaration instead", remove.Message);

        Assert.True(files.AddMattermostBinding("coder", "chan7"));
        Assert.Equal("coder", RosterLoader.Load(_dir.Options(), [Agents.Declared("coder", "code")]).Roster!.RouteMattermost("chan7", null)!.Id);
    }

    [Fact]
    public void Refusals_WriteNothing()
    {
        File.WriteAllText(_dir.AgentsPath, HandWrittenAgents);
        File.WriteAllText(_dir.BindingsPath, HandWrittenBindings);
        var files = new RosterFiles(_dir.Options(), []);

        var unknown = Assert.Throws<RosterEditException>(() => files.AddMattermostBinding("ghost", "chan9"));
        Assert.Equal(
            [new RosterError(_dir.BindingsPath, 5, 5, "bindings[1].agentId", "Unknown agent id \"ghost\" (not in agents.entries)")],
            unknown.Errors);

        var taken = Assert.Throws<RosterEditException>(() => files.AddMattermostBinding("writer", "townsq"));
        Assert.Equal($"Mattermost channel townsq is already bound to agent \"main\" (bindings[0] in {_dir.BindingsPath}); remove that binding first", taken.Message);

        var badId = Assert.Throws<RosterEditException>(() => files.SetAgent("Bad Id"));
        Assert.Equal("Invalid agent id \"Bad Id\": ids must match ^[a-z0-9_][a-z0-9_-]{0,63}$", badId.Message);

        Assert.Equal(HandWrittenAgents, File.ReadAllText(_dir.AgentsPath));
        Assert.Equal(HandWrittenBindings, File.ReadAllText(_dir.BindingsPath));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void BrokenFile_IsNotOverwritten()
    {
        File.WriteAllText(_dir.AgentsPath, "{ entries: { main: { name: 'Main' }, ");
        var error = Assert.Throws<RosterEditException>(() => new RosterFiles(_dir.Options(), []).SetAgent("writer"));
        Assert.Equal($"{_dir.AgentsPath}:1:38: Invalid JSON5: invalid end of input; fix the file first", error.Message);
        Assert.Equal("{ entries: { main: { name: 'Main' }, ", File.ReadAllText(_dir.AgentsPath));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AtomicWrite_KeepsTheFileMode()
    {
        File.WriteAllText(_dir.AgentsPath, HandWrittenAgents);
        File.SetUnixFileMode(_dir.AgentsPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        new RosterFiles(_dir.Options(), []).SetAgent("writer");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_dir.AgentsPath));
    }
}
