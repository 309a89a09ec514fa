namespace NixClaw.Runtime.Roster.Tests;

/// <summary>
/// The generated <c>declared-agents.json5</c> beside the runtime <c>agents.json5</c>: both load together, declared
/// entries win for declared ids (as in OpenClaw's include merge, where the declared file comes last), and
/// <c>agent new</c>'s edits never touch the declared file.
/// </summary>
public sealed class DeclaredAgentsFileTests : IDisposable
{
    // The shape `dotnet build` generates (hosts/<host>/openclaw/declared-agents.json5).
    private const string Generated = """
        {
          "ownership": "explicit",
          "defaults": {
            "workspace": "~/workspaces",
            "model": "gpt/gpt-4.1"
          },
          "entries": {
            "coder": {
              "name": "Coder",
              "workspace": "~/workspaces/coder",
              "model": "llama/llama3.1:8b"
            },
            "garden": {
              "name": "Garden",
              "workspace": "~/workspaces/garden",
              "model": "gpt/gpt-4.1"
            }
          }
        }

        """;

    private const string Runtime = """
        {
          ownership: "explicit",
          entries: { writer: { name: "Writer", workspace: "~/workspaces/writer" } },
        }
        """;

    private readonly TempConfigDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string DeclaredPath => Path.Combine(_dir.Path, RosterFileNames.DeclaredAgents);

    private RosterOptions Options => new() { ConfigDirectory = _dir.Path, WorkspacesDirectory = "/home/svc/workspaces", HomeDirectory = "/home/svc" };

    [Fact]
    public void DeclaredAndRuntimeFiles_LoadTogether_AndBindingsMayNameEither()
    {
        File.WriteAllText(DeclaredPath, Generated);
        File.WriteAllText(_dir.AgentsPath, Runtime);
        File.WriteAllText(_dir.BindingsPath, """
            [
              { agentId: "writer", match: { channel: "mattermost", peer: { kind: "channel", id: "w1" } } },
              { agentId: "garden", match: { channel: "mattermost", peer: { kind: "channel", id: "g1" } } },
            ]
            """);

        // coder is declared in C#; garden only in the generated file (a deploy newer than this program).
        var result = RosterLoader.Load(Options, [Agents.Declared("coder", "code", name: "Coder")]);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
        var roster = result.Roster!;
        Assert.Equal(["coder", "garden", "writer"], roster.Agents.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.True(roster.FindAgent("coder")!.IsDeclared);
        Assert.Equal(new RosterAgent("garden", "Garden", "~/workspaces/garden", "gpt/gpt-4.1", true, null), roster.FindAgent("garden"));
        Assert.Equal(new RosterAgent("writer", "Writer", "~/workspaces/writer", "gpt/gpt-4.1", false, null), roster.FindAgent("writer"));
        Assert.Equal("writer", roster.RouteMattermost("w1", "w")!.Id);
        Assert.Equal("garden", roster.RouteMattermost("g1", "g")!.Id);
        Assert.Equal("coder", roster.RouteMattermost("c1", "code")!.Id);
    }

    [Fact]
    public void DeclaredEntry_WinsOverARuntimeEntryWithTheSameId()
    {
        var result = RosterLoader.Parse(Options, [], "{ ownership: 'explicit', entries: { garden: { name: 'Weeds', model: 'x/y' } } }", null, Generated);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var garden = result.Roster!.FindAgent("garden")!;
        Assert.Equal("Garden", garden.Name);
        Assert.Equal("gpt/gpt-4.1", garden.Model);
        Assert.True(garden.IsDeclared);
        Assert.Single(result.Roster.Agents, a => a.Id == "garden");
    }

    [Fact]
    public void DeclaredFile_ThatContradictsTheCSharpDeclaration_IsAnErrorInThatFile()
    {
        var result = RosterLoader.Parse(Options, [Agents.Declared("coder", "code", name: "Hacker")], null, null, Generated);

        var error = Assert.Single(result.Errors);
        Assert.Equal(Path.Combine(_dir.Path, RosterFileNames.DeclaredAgents), error.File);
        Assert.Equal("agents.entries.coder.name", error.Path);
    }

    [Fact]
    public void DeclaredAgent_MissingFromBothFiles_IsNamedInTheDeclaredFileWarning()
    {
        var result = RosterLoader.Parse(Options, [Agents.Declared("other", "other")], Runtime, null, Generated);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(DeclaredPath, warning.File);
        Assert.Contains("\"other\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentNewEdits_WriteOnlyTheRuntimeFiles_AndRefuseDeclaredFileIds()
    {
        File.WriteAllText(DeclaredPath, Generated);
        var before = File.ReadAllBytes(DeclaredPath);
        var files = new RosterFiles(Options, [Agents.Declared("coder", "code", name: "Coder")]);

        Assert.True(files.SetAgent("writer", name: "Writer", workspace: "~/workspaces/writer", model: "llama/llama3.1:8b"));
        Assert.True(files.AddMattermostBinding("writer", "w1"));
        Assert.True(files.AddMattermostBinding("garden", "g1"));
        Assert.Throws<RosterEditException>(() => files.SetAgent("garden", name: "Weeds"));
        Assert.Throws<RosterEditException>(() => files.RemoveAgent("garden"));
        Assert.True(files.RemoveAgent("writer"));

        Assert.Equal(before, File.ReadAllBytes(DeclaredPath));
        Assert.DoesNotContain("garden", File.ReadAllText(_dir.AgentsPath), StringComparison.Ordinal);
        Assert.Contains("\"garden\"", File.ReadAllText(_dir.BindingsPath), StringComparison.Ordinal);
        Assert.True(RosterLoader.Load(Options, [Agents.Declared("coder", "code", name: "Coder")]).IsValid);
    }
}
