using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>The rules OpenClaw applies to agents.json5 and bindings.json5, with its messages, and file:line:column.</summary>
public sealed class ValidationTests
{
    private static readonly RosterOptions Options = new() { ConfigDirectory = "/cfg" };
    private const string AgentsFile = "/cfg/agents.json5";
    private const string BindingsFile = "/cfg/bindings.json5";

    private const string TwoAgents = """
        {
          ownership: "explicit",
          entries: {
            main: { name: "Main" },
            writer: { name: "Writer", model: "local/fake-1" },
          },
        }
        """;

    private static RosterLoadResult Load(string? agents, string? bindings, params AgentInfo[] declared) =>
        RosterLoader.Parse(Options, declared, agents, bindings);

    private static void AssertErrors(RosterLoadResult result, params RosterError[] expected)
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Roster);
        Assert.Equal(expected, result.Errors);
    }

    [Fact]
    public void ValidFiles_GiveAgentsAndBindings()
    {
        const string bindings = """
            // routes
            [
              { agentId: "writer", comment: "docs", match: { channel: "mattermost", accountId: "default", peer: { kind: "channel", id: "chan4" } } },
              { agentId: "main", match: { channel: "mattermost", accountId: "*" }, session: { dmScope: "per-peer" } },
              { agentId: "main", match: { channel: "discord", peer: { kind: "group", id: "g1" } } },
            ]
            """;
        var result = Load(TwoAgents, bindings);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(
            [new RosterAgent("main", "Main", null, null, false, null), new RosterAgent("writer", "Writer", null, "local/fake-1", false, null)],
            result.Roster!.Agents);
        Assert.Equal(
            [new RosterBinding("writer", "mattermost", "default", "channel", "chan4"), new RosterBinding("main", "mattermost", "*", null, null)],
            result.Roster.Bindings);
    }

    [Fact]
    public void OpenClawsLoggedExample_BothErrorsWithPositions()
    {
        const string bindings = """
            [
              { agentId: "ghost", match: { channel: "mattermost" } },
              { agentId: "main", match: { channel: "mattermost", bogusKey: 1 } },
            ]
            """;
        AssertErrors(
            Load(TwoAgents, bindings),
            new RosterError(BindingsFile, 2, 5, "bindings[0].agentId", "Unknown agent id \"ghost\" (not in agents.entries)"),
            new RosterError(BindingsFile, 3, 54, "bindings[1].match", "Unrecognized key: \"bogusKey\""));
    }

    [Fact]
    public void SeveralUnknownKeys_OneMessageAtTheFirst()
    {
        const string agents = """
            {
              ownership: "explicit",
              entries: { main: { name: "Main", colour: "red", size: 3 } },
            }
            """;
        AssertErrors(
            Load(agents, null),
            new RosterError(AgentsFile, 3, 36, "agents.entries.main", "Unrecognized keys: \"colour\", \"size\""));
    }

    [Fact]
    public void UnknownRootKeys_InBothFiles()
    {
        AssertErrors(
            Load("{ ownership: 'explicit', agents: {} }", "[{ agentId: 'main', match: { channel: 'mattermost' }, route: true }]"),
            new RosterError(AgentsFile, 1, 26, "agents", "Unrecognized key: \"agents\""),
            new RosterError(BindingsFile, 1, 55, "bindings[0]", "Unrecognized key: \"route\""),
            new RosterError(BindingsFile, 1, 4, "bindings[0].agentId", "Unknown agent id \"main\" (not in agents.entries)"));
    }

    [Theory]
    [InlineData("Main")]
    [InlineData("-lead")]
    [InlineData("has space")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    public void AgentIdPattern_IsEnforced(string id)
    {
        AssertErrors(
            Load($$"""{ entries: { "{{id}}": {} } }""", null),
            new RosterError(AgentsFile, 1, 14, $"agents.entries.{id}", $"Invalid agent id \"{id}\": ids must match ^[a-z0-9_][a-z0-9_-]{{0,63}}$"));
    }

    [Theory]
    [InlineData("_x")]
    [InlineData("0")]
    [InlineData("a-b_c")]
    [InlineData("a234567890123456789012345678901234567890123456789012345678901234")]
    public void AgentIdPattern_AcceptsValidIds(string id) =>
        Assert.True(Load($$"""{ entries: { "{{id}}": {} } }""", null).IsValid);

    [Fact]
    public void Types_AreChecked()
    {
        const string agents = """
            {
              ownership: "explicit",
              defaults: { workspace: 7, skipBootstrap: "no" },
              entries: {
                main: { name: 42, model: ["x"], skills: ["a", 1], identity: "me" },
                b: [],
              },
            }
            """;
        AssertErrors(
            Load(agents, null),
            new RosterError(AgentsFile, 3, 15, "agents.defaults.workspace", "Expected string, received number"),
            new RosterError(AgentsFile, 3, 29, "agents.defaults.skipBootstrap", "Expected boolean, received string"),
            new RosterError(AgentsFile, 5, 13, "agents.entries.main.name", "Expected string, received number"),
            new RosterError(AgentsFile, 5, 23, "agents.entries.main.model", "Expected string or object, received array"),
            new RosterError(AgentsFile, 5, 55, "agents.entries.main.identity", "Expected object, received string"),
            new RosterError(AgentsFile, 5, 51, "agents.entries.main.skills[1]", "Expected string, received number"),
            new RosterError(AgentsFile, 6, 5, "agents.entries.b", "Expected object, received array"));
    }

    [Fact]
    public void ModelObject_NeedsPrimary()
    {
        AssertErrors(
            Load("{ entries: { main: { model: { fallbacks: ['b'] } } } }", null),
            new RosterError(AgentsFile, 1, 22, "agents.entries.main.model.primary", "Required"));
        var ok = Load("{ entries: { main: { model: { primary: 'p/m', fallbacks: ['b'] } } } }", null);
        Assert.Equal("p/m", ok.Roster!.FindAgent("main")!.Model);
    }

    [Fact]
    public void Bindings_RequiredMembersEnumsAndRoots()
    {
        const string bindings = """
            [
              { agentId: "main" },
              { match: { channel: "mattermost", peer: { kind: "room" } } },
              { agentId: "main", type: "relay", match: { channel: "" }, session: { dmScope: "never" } },
              { agentId: "main", acp: {}, match: { channel: "mattermost" } },
              "main",
            ]
            """;
        AssertErrors(
            Load(TwoAgents, bindings),
            new RosterError(BindingsFile, 2, 3, "bindings[0].match", "Required"),
            new RosterError(BindingsFile, 3, 3, "bindings[1].agentId", "Required"),
            new RosterError(BindingsFile, 3, 45, "bindings[1].match.peer.kind", "Invalid option: expected one of \"channel\"|\"group\"|\"direct\""),
            new RosterError(BindingsFile, 3, 37, "bindings[1].match.peer.id", "Required"),
            new RosterError(BindingsFile, 4, 22, "bindings[2].type", "Invalid option: expected one of \"route\"|\"acp\""),
            new RosterError(BindingsFile, 4, 72, "bindings[2].session.dmScope", "Invalid option: expected one of \"main\"|\"per-peer\"|\"per-channel-peer\"|\"per-account-channel-peer\""),
            new RosterError(BindingsFile, 4, 46, "bindings[2].match.channel", "Too small: expected string to have >=1 characters"),
            new RosterError(BindingsFile, 5, 22, "bindings[3].acp", "acp is only allowed when type is \"acp\""),
            new RosterError(BindingsFile, 6, 3, "bindings[4]", "Expected object, received string"));
    }

    [Fact]
    public void WrongRootKinds()
    {
        AssertErrors(
            Load("[]", "{ bindings: [] }"),
            new RosterError(AgentsFile, 1, 1, "agents", "Expected object, received array"),
            new RosterError(BindingsFile, 1, 1, "bindings", "Expected array, received object"));
    }

    [Fact]
    public void Ownership_MustBeExplicit_AndIsRequiredForSeveralAgents()
    {
        AssertErrors(
            Load("{ ownership: 'implicit', entries: { a: {} } }", null),
            new RosterError(AgentsFile, 1, 3, "agents.ownership", "Invalid input: expected \"explicit\""));
        AssertErrors(
            Load("{\n  entries: { a: {}, b: {} },\n}", null),
            new RosterError(AgentsFile, 1, 1, "agents.ownership", "multi-agent rosters require agents.ownership=\"explicit\""));

        // One agent needs no ownership, as in OpenClaw; a declared agent counts towards "several".
        Assert.True(Load("{ entries: { a: {} } }", null).IsValid);
        Assert.False(Load("{ entries: { a: {} } }", null, Agents.Declared("coder", "code")).IsValid);
    }

    [Fact]
    public void LegacyList_GetsAHelpfulMessage()
    {
        AssertErrors(
            Load("{ list: [{ id: 'main', default: true }] }", null),
            new RosterError(AgentsFile, 1, 3, "agents.list", "Legacy agents.list is not supported; move the agents to agents.entries keyed by id"));
    }

    [Fact]
    public void SyntaxErrors_CarryLineAndColumn_AndTruncationIsAnError()
    {
        AssertErrors(
            Load("{\n  entries: {\n    main: { name: 'Main' },,\n  },\n}", null),
            new RosterError(AgentsFile, 3, 28, "agents", "Invalid JSON5: invalid character ','"));
        AssertErrors(
            Load(TwoAgents, "[\n  { agentId: \"main\", match: { channel: \"matt"),
            new RosterError(BindingsFile, 2, 45, "bindings", "Invalid JSON5: invalid end of input"));
        AssertErrors(Load("", null), new RosterError(AgentsFile, 1, 1, "agents", "Invalid JSON5: invalid end of input"));
    }

    [Fact]
    public void MissingFiles_MeanNoRuntimeAgentsAndNoBindings()
    {
        var result = Load(null, null);
        Assert.True(result.IsValid);
        Assert.Empty(result.Roster!.Agents);
        Assert.Empty(result.Roster.Bindings);
    }

    [Fact]
    public void DefaultsFillWorkspaceAndModel()
    {
        var result = Load("{ defaults: { workspace: '~/.openclaw/ws/', model: 'p/m' }, entries: { a: {}, }, ownership: 'explicit' }", null);
        Assert.Equal(new RosterAgent("a", null, "~/.openclaw/ws/a", "p/m", false, null), result.Roster!.FindAgent("a"));
    }

    [Fact]
    public void GuildAndTeamScopes_AreIgnoredWithAWarning()
    {
        var result = Load(TwoAgents, "[{ agentId: 'main', match: { channel: 'mattermost', teamId: 't1' } }]");
        Assert.True(result.IsValid);
        Assert.Empty(result.Roster!.Bindings);
        Assert.Equal(
            [new RosterError(BindingsFile, 1, 21, "bindings[0].match", "guildId, teamId and roles are not matched by NixClaw; this binding is ignored")],
            result.Warnings);
    }

    [Theory]
    [InlineData("{ entries: { writer: {} ")]
    [InlineData("[]")]
    [InlineData("{ entries: [] }")]
    public void BrokenAgentsFile_DoesNotCascadeIntoUnknownAgentErrors(string agents)
    {
        var result = Load(agents, "[{ agentId: 'writer', match: { channel: 'mattermost' } }]");
        Assert.False(result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal(AgentsFile, e.File));
        Assert.Single(result.Errors);
    }
}
