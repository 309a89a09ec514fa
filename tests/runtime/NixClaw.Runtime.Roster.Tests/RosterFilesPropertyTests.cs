namespace NixClaw.Runtime.Roster.Tests;

/// <summary>Random sequences of `agent new`/`agent delete` edits on a hand-commented roster.</summary>
public sealed class RosterFilesPropertyTests : IDisposable
{
    private const string Agents = """
        // header comment
        {
          /* ownership */ ownership: "explicit",
          entries: {
            main: { name: "Main" }, // trailing comment
            // comment before the closing brace
          },
        }
        // footer comment

        """;

    private const string Bindings = """
        // bindings header
        [
          { agentId: "main", match: { channel: "mattermost", peer: { kind: "channel", id: "townsq" } } }, // keep
          /* block */
        ]

        """;

    private static readonly string[] Comments =
    [
        "// header comment", "/* ownership */", "// trailing comment", "// comment before the closing brace", "// footer comment",
        "// bindings header", "// keep", "/* block */",
    ];

    private readonly TempConfigDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomEdits_KeepEveryComment_StayValid_AndUndoToTheOriginalBytes(int seed)
    {
        File.WriteAllText(_dir.AgentsPath, Agents);
        File.WriteAllText(_dir.BindingsPath, Bindings);
        var files = new RosterFiles(_dir.Options(), [Tests.Agents.Declared("coder", "code")]);
        var random = new Random(seed);
        var expectedAgents = new HashSet<string>();
        var expectedBindings = new Dictionary<string, string>();

        for (var step = 0; step < 40; step++)
        {
            var id = "a" + random.Next(6);
            switch (random.Next(4))
            {
                case 0:
                    files.SetAgent(id, name: "Agent " + id, model: random.Next(2) == 0 ? null : "p/m" + random.Next(3));
                    expectedAgents.Add(id);
                    break;
                case 1 when expectedAgents.Contains(id):
                    var channel = "c" + random.Next(8);
                    if (!expectedBindings.TryGetValue(channel, out var owner))
                    {
                        Assert.True(files.AddMattermostBinding(id, channel));
                        expectedBindings[channel] = id;
                    }
                    else if (owner == id)
                    {
                        Assert.False(files.AddMattermostBinding(id, channel));
                    }
                    else
                    {
                        Assert.Throws<RosterEditException>(() => files.AddMattermostBinding(id, channel));
                    }

                    break;
                case 2:
                    Assert.Equal(expectedAgents.Remove(id), files.RemoveAgent(id));
                    foreach (var channelOfId in expectedBindings.Where(b => b.Value == id).Select(b => b.Key).ToList())
                    {
                        expectedBindings.Remove(channelOfId);
                    }

                    break;
                default:
                    // The declared agent can be bound but never changed.
                    Assert.Throws<RosterEditException>(() => files.SetAgent("coder", name: "X"));
                    break;
            }

            string agentsText = File.ReadAllText(_dir.AgentsPath), bindingsText = File.ReadAllText(_dir.BindingsPath);
            Assert.All(Comments, c => Assert.Contains(c, agentsText + bindingsText, StringComparison.Ordinal));
            var roster = RosterLoader.Parse(_dir.Options(), [Tests.Agents.Declared("coder", "code")], agentsText, bindingsText).Roster;
            Assert.NotNull(roster);
            Assert.Equal(expectedAgents.Append("coder").Append("main").Order(StringComparer.Ordinal), roster.Agents.Select(a => a.Id));
            foreach (var (channel, owner) in expectedBindings)
            {
                Assert.Equal(owner, roster.RouteMattermost(channel, null)!.Id);
            }
        }

        foreach (var id in expectedAgents)
        {
            Assert.True(files.RemoveAgent(id));
        }

        Assert.Equal(Agents, File.ReadAllText(_dir.AgentsPath));
        Assert.Equal(Bindings, File.ReadAllText(_dir.BindingsPath));
    }
}
