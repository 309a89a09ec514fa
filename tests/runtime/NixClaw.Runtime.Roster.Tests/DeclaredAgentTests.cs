namespace NixClaw.Runtime.Roster.Tests;

/// <summary>Declared (C#) and runtime (file) agents side by side.</summary>
public sealed class DeclaredAgentTests
{
    private static readonly RosterOptions Options = new() { ConfigDirectory = "/cfg", WorkspacesDirectory = "/home/svc/workspaces", HomeDirectory = "/home/svc" };
    private const string AgentsFile = "/cfg/agents.json5";

    [Fact]
    public void DeclaredAgent_MissingFromTheFile_StaysActive_WithAWarning()
    {
        var declared = Agents.Declared("coder", "code", name: "Coder");
        var result = RosterLoader.Parse(Options, [declared], "{ ownership: 'explicit', entries: { writer: { name: 'Writer' } } }", null);

        Assert.True(result.IsValid);
        Assert.Equal(new RosterAgent("coder", "Coder", "/home/svc/workspaces/coder", "llama", true, "code"), result.Roster!.FindAgent("coder"));
        Assert.Equal(
            [new RosterError(AgentsFile, 1, 1, "agents.entries", "Declared agent \"coder\" is not in this file; it stays active from its C# declaration")],
            result.Warnings);
    }

    [Fact]
    public void DeclaredAgent_RoutesByChannelName_AndByABindingWithItsId()
    {
        var declared = Agents.Declared("coder", "code");
        var result = RosterLoader.Parse(Options, [declared, Agents.Declared("other", "other")], null,
            "[{ agentId: 'coder', match: { channel: 'mattermost', peer: { kind: 'channel', id: 'extra' } } }]");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("coder", result.Roster!.RouteMattermost("c1", "code")!.Id);
        Assert.Equal("coder", result.Roster.RouteMattermost("extra", "elsewhere")!.Id);
    }

    [Fact]
    public void FileEntry_ThatAgreesWithTheDeclaration_IsAccepted()
    {
        // The generated form: model as "<provider>/<model id>", workspace under ~.
        const string agents = """
            {
              ownership: "explicit",
              entries: { coder: { name: "Coder", model: "llama/llama3.1:8b", workspace: "~/workspaces/coder", identity: { emoji: "🦀" } } },
            }
            """;
        var result = RosterLoader.Parse(Options, [Agents.Declared("coder", "code", name: "Coder")], agents, null);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void FileEntry_ThatContradictsTheDeclaration_IsAnErrorPerField()
    {
        const string agents = """
            {
              ownership: "explicit",
              entries: {
                coder: { name: "Hacker", model: "gpt", workspace: "/tmp/elsewhere" },
              },
            }
            """;
        var result = RosterLoader.Parse(Options, [Agents.Declared("coder", "code", name: "Coder")], agents, null);
        Assert.Equal(
            [
                new RosterError(AgentsFile, 4, 14, "agents.entries.coder.name", "Agent \"coder\" is declared in C# with name \"Coder\"; declared agents cannot be changed through this file: change the C# declaration instead"),
                new RosterError(AgentsFile, 4, 30, "agents.entries.coder.model", "Agent \"coder\" is declared in C# with model \"llama\"; declared agents cannot be changed through this file: change the C# declaration instead"),
                new RosterError(AgentsFile, 4, 44, "agents.entries.coder.workspace", "Agent \"coder\" is declared in C# with workspace \"/home/svc/workspaces/coder\"; declared agents cannot be changed through this file: change the C# declaration instead"),
            ],
            result.Errors);
    }

    [Fact]
    public void DeclaredIds_CountAsKnownForBindings()
    {
        var result = RosterLoader.Parse(Options, [Agents.Declared("coder", "code")], null,
            "[{ agentId: 'coder', match: { channel: 'mattermost', accountId: '*' } }]");
        Assert.True(result.IsValid);
        Assert.Equal("coder", result.Roster!.RouteMattermost("any", null, accountId: "x")!.Id);
    }
}
