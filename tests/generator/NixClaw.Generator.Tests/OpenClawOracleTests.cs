extern alias Declarations;

using Declarations::NixClaw.Bindings;
using NixClaw.Generator.Tests.Support;
using NixClaw.Runtime.Roster;

namespace NixClaw.Generator.Tests;

/// <summary>
/// The generated OpenClaw config judged by the real OpenClaw (npm openclaw 2026.9.6 with its external Mattermost and
/// Brave plugins, on Node 26, installed by scripts/setup): the committed sample's config folder as the build wrote it,
/// the folders of a declarations project that uses every feature, and one roster read by both gateways.
/// </summary>
public sealed class OpenClawOracleTests
{
    private const string Docs = "docs/roster.md";

    /// <summary>The warnings OpenClaw gives for the sample as deployed (no external plugin installed), each explained in docs/roster.md.</summary>
    private static readonly string[] SampleWarnings =
    [
        "agents.defaults.heartbeat.agentId",
        "plugins.entries.brave",
        "plugins.entries.mattermost",
        "tools.web.search.provider",
    ];

    public static TheoryData<string> EveryFeatureHosts => ["workshop", "desk", "kiosk"];

    [Fact]
    public void TheSamplesGeneratedConfigFolderIsValidForTheRealOpenClaw()
    {
        using var oracle = OpenClawOracle.WithDirectory(Repo.Path("samples", "Homelab", "nix", "hosts", "nixclaw", "openclaw"));

        var (valid, warnings, output) = oracle.Validate();

        Assert.True(valid, output);
        Assert.Equal(SampleWarnings, warnings);
        AssertExplained(warnings);
    }

    /// <summary>The fixture builds with one diagnostic only: the warning its networked sandbox is meant to give.</summary>
    [Fact]
    public void TheEveryFeatureProjectBuildsWithOnlyTheNetworkedSandboxWarning() =>
        Assert.Equal(["NCLAW110"], GeneratorHarness.Problems(EveryFeatureRun.Run.Run, EveryFeatureRun.Run.Output).Select(d => d.Id));

    /// <summary>
    /// Every host of Fixtures/EveryFeature.cs (each chat mode, an allowlist, several models of every provider, web search,
    /// tools and sandboxes, gateway options), with the Mattermost and Brave plugins installed so that OpenClaw checks
    /// <c>channels.mattermost</c> and the Brave settings against the plugins' own schemas: valid, and the only warning
    /// left is one docs/roster.md explains.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryFeatureHosts))]
    public void EveryFeatureConfigIsValidForTheRealOpenClawAndItsPlugins(string host)
    {
        using var oracle = OpenClawOracle.WithFolder(EveryFeatureRun.Run.Files, $"hosts/{host}/openclaw");
        oracle.InstallExtension("mattermost", "@openclaw/mattermost");
        oracle.InstallExtension("brave", "@openclaw/brave-plugin");

        var (valid, warnings, output) = oracle.Validate();

        Assert.True(valid, output);
        string[] expected = host == "kiosk" ? [] : ["agents.defaults.heartbeat.agentId"];
        Assert.True(expected.SequenceEqual(warnings), $"expected warnings [{string.Join(", ", expected)}], got:\n{output}");
        AssertExplained(warnings);
    }

    /// <summary>The oracle can fail: a value the Mattermost plugin's schema refuses is an error naming its path.</summary>
    [Fact]
    public void TheOracleRefusesWhatThePluginSchemaRefuses()
    {
        var files = EveryFeatureRun.Run.Files.ToDictionary(f => f.Key, f => f.Value);
        const string config = "hosts/kiosk/openclaw/openclaw.json";
        files[config] = files[config].Replace("\"onmessage\"", "\"always\"", StringComparison.Ordinal);
        using var oracle = OpenClawOracle.WithFolder(files, "hosts/kiosk/openclaw");
        oracle.InstallExtension("mattermost", "@openclaw/mattermost");

        var (valid, _, output) = oracle.Validate();

        Assert.False(valid, output);
        Assert.Contains("channels.mattermost.chatmode", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// One roster, read by both gateways: the declared agents of the Workshop host (its generated declared-agents.json5),
    /// runtime agents in agents.json5 naming their model by declared name, by <c>provider/model-id</c> (with a '/' in the
    /// model id) and not at all, and bindings.json5 binding channel ids to runtime and declared agents. OpenClaw validates
    /// it; its own router and model resolution (plugin SDK, and the <c>models status</c> CLI) and NixClaw's
    /// <see cref="Roster"/> and <see cref="ModelReference"/> agree on every post's agent and every agent's model.
    /// </summary>
    [Fact]
    public void OneRosterRoutesToTheSameAgentsAndModelsInBothGateways()
    {
        using var oracle = OpenClawOracle.WithFolder(EveryFeatureRun.Run.Files, "hosts/workshop/openclaw");
        File.WriteAllText(Path.Combine(oracle.State, "agents.json5"), """
            // agent new writes this file; here by hand, naming models both ways.
            {
              ownership: "explicit",
              entries: {
                writer: { name: "Writer", workspace: "~/agents/writer", model: "sonnet" },
                scribe: { name: "Scribe", workspace: "~/agents/scribe", model: "vllm/meta-llama/Llama-3.1-8B-Instruct" },
                helper: { name: "Helper", workspace: "~/agents/helper" },
              },
            }
            """);
        File.WriteAllText(Path.Combine(oracle.State, "bindings.json5"), """
            [
              { agentId: "writer", match: { channel: "mattermost", peer: { kind: "channel", id: "c-writer" } } },
              { agentId: "scribe", match: { channel: "mattermost", accountId: "default", peer: { kind: "channel", id: "c-scribe" } } },
              { agentId: "helper", match: { channel: "mattermost", peer: { kind: "channel", id: "c-helper" } } },
              // A declared agent's channel, bound by id as OpenClaw needs it (see docs/roster.md).
              { agentId: "research", match: { channel: "mattermost", peer: { kind: "channel", id: "c-research" } } },
            ]
            """);
        var (valid, _, output) = oracle.Validate();
        Assert.True(valid, output);

        var manifest = EveryFeatureRun.Manifest("Workshop");
        var loaded = RosterLoader.Load(new RosterOptions { ConfigDirectory = oracle.State }, manifest.AllAgents);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Errors));
        var roster = loaded.Roster!;
        Assert.Equal(
            ["big", "chat", "coder", "helper", "local", "quick", "reader", "research", "scribe", "summary", "writer"],
            roster.Agents.Select(a => a.Id).Order(StringComparer.Ordinal));

        // Mattermost posts: a public channel is kind "channel" for the plugin, a private one "group"; OpenClaw's router
        // treats the two alike, NixClaw routes both as channels.
        (string ChannelId, string Name, string Kind)[] posts =
        [
            ("c-writer", "writer", "channel"),
            ("c-scribe", "scribe", "group"),
            ("c-helper", "helper", "channel"),
            ("c-research", "research", "group"),
        ];
        var openclaw = oracle.Resolve(roster.Agents.Select(a => a.Id), posts.Select(p => (p.ChannelId, p.Kind)));

        foreach (var (channelId, name, kind) in posts)
        {
            var nixclaw = roster.RouteMattermost(channelId, name)?.Id;
            Assert.NotNull(nixclaw);
            Assert.True(nixclaw == openclaw.Routes[channelId + ":" + kind], $"post in {channelId} ({kind}): NixClaw routes to {nixclaw}, OpenClaw to {openclaw.Routes[channelId + ":" + kind] ?? "nothing"}");
        }

        foreach (var agent in roster.Agents)
        {
            var declared = ModelReference.Resolve(manifest.AllModels, agent.Model ?? DefaultModel(manifest).Name);
            Assert.True(declared is not null, $"NixClaw resolves no declared model for {agent.Id} ({agent.Model})");
            Assert.Equal(ModelReference.Format(declared), openclaw.Models[agent.Id]);
        }

        Assert.Equal("sonnet/claude-sonnet-4-6", openclaw.Models["writer"]);
        Assert.Equal("vllm/meta-llama/Llama-3.1-8B-Instruct", openclaw.Models["scribe"]);
        Assert.Equal("gpt/gpt-4.1", openclaw.Models["helper"]);

        // The CLI agrees for the model named by its declared name (without the generated alias OpenClaw reads
        // "sonnet" as "openai/sonnet").
        Assert.Equal("sonnet/claude-sonnet-4-6", oracle.ModelStatus("writer"));
    }

    /// <summary>
    /// Where the two gateways differ by design (docs/roster.md): a declared agent's channel without a binding. NixClaw
    /// routes it by the declared channel name; OpenClaw matches channel ids only, finds no binding and, with more than one
    /// agent, routes the post nowhere.
    /// </summary>
    [Fact]
    public void ADeclaredChannelWithoutABindingRoutesByNameInNixClawOnly()
    {
        using var oracle = OpenClawOracle.WithFolder(EveryFeatureRun.Run.Files, "hosts/workshop/openclaw");
        var roster = RosterLoader.Load(new RosterOptions { ConfigDirectory = oracle.State }, EveryFeatureRun.Manifest("Workshop").AllAgents).Roster!;

        var openclaw = oracle.Resolve(["coder"], [("c-coder", "channel")]);

        Assert.Equal("coder", roster.RouteMattermost("c-coder", "coder")?.Id);
        Assert.Null(openclaw.Routes["c-coder:channel"]);
    }

    private static ModelInfo DefaultModel(HostManifest manifest) => manifest.AllModels.Single(m => m.IsDefault);

    private static void AssertExplained(IEnumerable<string> warnings)
    {
        var docs = File.ReadAllText(Repo.Path(Docs));
        Assert.All(warnings, path => Assert.True(docs.Contains("`" + path + "`", StringComparison.Ordinal), $"{Docs} does not explain the OpenClaw warning {path}"));
    }
}
