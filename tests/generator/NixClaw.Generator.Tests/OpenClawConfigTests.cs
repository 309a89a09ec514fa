using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NixClaw.Generator.Emitting.Json;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>
/// The generated <c>openclaw.json</c>: valid JSON and JSON5 (checked with the json5 reference implementation),
/// only keys documented in reference/openclaw.md, secrets only as env SecretRefs the sops template defines,
/// exact escaping, and installed by the service user's Home Manager file.
/// </summary>
public sealed partial class OpenClawConfigTests
{
    private const string ConfigPath = "hosts/nixclaw/openclaw/openclaw.json";

    private static readonly string[] SecretFields = ["token", "botToken", "apiKey"];

    /// <summary>The sample with every optional branch switched on: onchar, an allowlist, a private Mattermost, all providers.</summary>
    private static SampleRun Variant { get; } = new(SampleSource.Text
        .Replace("\"https://mattermost.fitzsky.com\"", "\"https://192.168.1.20:8065\"", StringComparison.Ordinal)
        .Replace("ChatMode = ChatMode.OnMessage,", "ChatMode = ChatMode.OnChar, TriggerPrefix = \"!\", AllowFrom = [\"devinbernosky\", \"alice\"],", StringComparison.Ordinal)
        .Replace(
            "    private static readonly Tool[] StandardTools",
            """
                public static readonly Model Claude = new("claude", ModelProvider.Anthropic, "claude-sonnet-4-6") { ApiKey = ClaudeKey };
                public static readonly Model Vllm = new("vllm", ModelProvider.OpenAICompatible, "qwen3") { Endpoint = "https://10.0.0.5:8000/v1", ApiKey = OpenAIKey };
                public static readonly Secret ClaudeKey = new("anthropic/api_key", Owner: Service);

                private static readonly Tool[] StandardTools
            """,
            StringComparison.Ordinal));

    public static TheoryData<string> Runs => ["sample", "variant"];

    private static SampleRun RunFor(string name) => name == "sample" ? SampleRun.Sample : Variant;

    [Fact]
    public void VariantBuildsWithoutAnyDiagnostic() => Assert.Empty(GeneratorHarness.Problems(Variant.Run, Variant.Output));

    [Theory]
    [MemberData(nameof(Runs))]
    public void ConfigIsJsonAndTheJson5ReferenceReadsTheSameValue(string run)
    {
        var text = RunFor(run).Files[ConfigPath];
        var json = JsonNode.Parse(text)!;
        var json5 = JsonNode.Parse(Json5Reference(text))!;
        Assert.True(JsonNode.DeepEquals(json, json5), "json5 parsed a different value:\n" + json5.ToJsonString());
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain("\r", text);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryKeyPathIsDocumentedInTheOpenClawReference(string run)
    {
        var allowlist = File.ReadAllLines(Repo.Path("tests", "generator", "NixClaw.Generator.Tests", "OpenClawKeyAllowlist.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        var paths = LeafPaths(JsonNode.Parse(RunFor(run).Files[ConfigPath])!, "").ToList();
        Assert.NotEmpty(paths);
        var unknown = paths.Where(p => !allowlist.Contains(p)).ToList();
        Assert.True(unknown.Count == 0, "openclaw.json has keys not in OpenClawKeyAllowlist.txt (from reference/openclaw.md): " + string.Join(", ", unknown));
    }

    [Fact]
    public void SampleConfigCarriesTheDeclarations()
    {
        var config = JsonNode.Parse(SampleRun.Sample.Files[ConfigPath])!;
        Assert.Equal(18789, (int)config["gateway"]!["port"]!);
        Assert.Equal("loopback", (string?)config["gateway"]!["bind"]);
        Assert.Equal("token", (string?)config["gateway"]!["auth"]!["mode"]);
        Assert.Equal("https://mattermost.fitzsky.com", (string?)config["channels"]!["mattermost"]!["baseUrl"]);
        Assert.Equal("onmessage", (string?)config["channels"]!["mattermost"]!["chatmode"]);
        Assert.Null(config["channels"]!["mattermost"]!["oncharPrefixes"]);
        Assert.Equal("gpt-4.1", (string?)config["models"]!["providers"]!["gpt"]!["models"]![0]!["id"]);
        Assert.Equal("ollama", (string?)config["models"]!["providers"]!["llama"]!["api"]);
        Assert.Equal(["./agents.json5", "./declared-agents.json5"], config["agents"]!["$include"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("./bindings.json5", (string?)config["bindings"]!["$include"]);
        Assert.Equal(["agents", "bindings", "channels", "gateway", "models", "plugins", "tools"], config.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void VariantConfigFollowsChatModeAllowlistAndProviders()
    {
        var config = JsonNode.Parse(Variant.Files[ConfigPath])!;
        var mattermost = config["channels"]!["mattermost"]!;
        Assert.Equal("onchar", (string?)mattermost["chatmode"]);
        Assert.Equal(["!"], mattermost["oncharPrefixes"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("allowlist", (string?)mattermost["groupPolicy"]);
        Assert.Equal(["alice", "devinbernosky"], mattermost["groupAllowFrom"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal));
        Assert.True((bool)mattermost["network"]!["dangerouslyAllowPrivateNetwork"]!);
        var providers = config["models"]!["providers"]!;
        Assert.Equal("anthropic-messages", (string?)providers["claude"]!["api"]);
        Assert.Equal("ANTHROPIC_API_KEY", (string?)providers["claude"]!["apiKey"]!["id"]);
        Assert.Equal("https://10.0.0.5:8000/v1", (string?)providers["vllm"]!["baseUrl"]);
        Assert.Equal("openai-completions", (string?)providers["vllm"]!["api"]);
        Assert.Equal("OPENAI_API_KEY", (string?)providers["vllm"]!["apiKey"]!["id"]);
    }

    /// <summary>Token and key fields are always SecretRef objects naming a variable of the sops template, never strings.</summary>
    [Theory]
    [MemberData(nameof(Runs))]
    public void SecretFieldsAreEnvSecretRefsTheEnvironmentTemplateDefines(string run)
    {
        var sample = RunFor(run);
        var template = sample.Files["hosts/nixclaw/secrets.nix"];
        var refs = SecretFieldValues(JsonNode.Parse(sample.Files[ConfigPath])!).ToList();
        Assert.True(refs.Count >= 4, "expected gateway, Mattermost, Brave and model key references");
        foreach (var (path, value) in refs)
        {
            var secretRef = Assert.IsType<JsonObject>(value, exactMatch: false);
            Assert.Equal(["id", "provider", "source"], secretRef.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("env", (string?)secretRef["source"]);
            Assert.Equal("default", (string?)secretRef["provider"]);
            var id = (string)secretRef["id"]!;
            Assert.Matches(EnvId(), id);
            Assert.True(template.Contains("        " + id + "=${config.sops.placeholder.", StringComparison.Ordinal), $"{path} names {id}, which the openclaw.env template does not define");
        }
    }

    [Fact]
    public void DeclaredStringsRoundTripExactly()
    {
        const string hostile = "q\"uote \\back ${x} \u2028 \u0001 \t é 日本 🦀 </script> '";
        var run = new SampleRun(SampleSource.With("new(\"llama\", ModelProvider.Ollama, \"llama3.1:8b\")", "new(\"llama\", ModelProvider.Ollama, " + Cs(hostile) + ")"));
        Assert.DoesNotContain(GeneratorHarness.Problems(run.Run, run.Output), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var text = run.Files[ConfigPath];
        Assert.Equal(hostile, (string?)JsonNode.Parse(text)!["models"]!["providers"]!["llama"]!["models"]![0]!["id"]);
        Assert.Equal(hostile, (string?)JsonNode.Parse(Json5Reference(text))!["models"]!["providers"]!["llama"]!["models"]![0]!["id"]);
    }

    [Fact]
    public void WriterQuotesRandomStringsSoJsonAndJson5ReadThemBack()
    {
        var random = new Random(20261125);
        const string alphabet = "a\"\\/\n\r\t\b\f\u0000\u001f\u007f\u2028\u2029é日🦀'${}";
        var values = Enumerable.Range(0, 200).Select(_ =>
        {
            var chars = new System.Text.StringBuilder();
            for (var i = random.Next(0, 20); i > 0; i--)
            {
                var pick = random.Next(alphabet.Length);
                chars.Append(char.IsSurrogate(alphabet[pick]) ? "🦀" : alphabet[pick].ToString());
            }

            return chars.ToString();
        }).ToList();
        var writer = new JsonWriter().BeginArray();
        foreach (var value in values)
        {
            writer.String(value);
        }

        var text = writer.EndArray().ToString();
        Assert.Equal(values, JsonSerializer.Deserialize<List<string>>(text));
        Assert.Equal(values, JsonSerializer.Deserialize<List<string>>(Json5Reference(text)));

        // Lone surrogates have no UTF-8 form: they are written as escapes, which JSON5 readers accept.
        var lone = new JsonWriter().BeginArray().String("\ud800 high").String("low \udc00").EndArray().ToString();
        Assert.Equal("[\n  \"\\ud800 high\",\n  \"low \\udc00\"\n]\n", lone);
        Assert.Equal("[\"\\ud800 high\",\"low \\udc00\"]", Json5Reference(lone));
    }

    [Fact]
    public void WriterRefusesUnbalancedDocuments()
    {
        Assert.Throws<InvalidOperationException>(() => new JsonWriter().BeginObject().ToString());
        Assert.Throws<InvalidOperationException>(() => new JsonWriter().BeginObject().String("no name"));
        Assert.Throws<InvalidOperationException>(() => new JsonWriter().BeginArray().EndObject());
        Assert.Throws<InvalidOperationException>(() => new JsonWriter().BeginObject().Name("a").EndObject());
        Assert.Equal("{}\n", new JsonWriter().BeginObject().EndObject().ToString());
    }

    [Fact]
    public void ServiceUsersHomeManagerActivationCopiesTheConfigOutOfTheStore()
    {
        var dir = SampleRun.Sample.WriteTo();
        var home = NixLit(Path.Combine(dir, "hosts/nixclaw/home/openclaw.nix"));
        var script = NixEval.Json($"((import {home}) ({NixEval.ModuleArgs([])})).home.activation.openclawConfig").GetString()!;

        // After Home Manager's writeBoundary: a 0700 config directory and a 0600 regular file copied from the
        // store path of the generated openclaw.json (a symlink into the store would break OpenClaw's $include).
        var lines = script.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("after writeBoundary:", lines[0]);
        Assert.Equal("run install -d -m 700 \"$HOME/.openclaw\"", lines[1]);
        Assert.Matches("^run install -m 600 /nix/store/[0-9a-z]{32}-openclaw\\.json \"\\$HOME/\\.openclaw/openclaw\\.json\"$", lines[2]);

        // The declared agents are replaced on every activation; the runtime files only appear where missing.
        Assert.Matches("^run install -m 600 /nix/store/[0-9a-z]{32}-declared-agents\\.json5 \"\\$HOME/\\.openclaw/declared-agents\\.json5\"$", lines[3]);
        Assert.Matches("^\\[ -e \"\\$HOME/\\.openclaw/agents\\.json5\" \\] \\|\\| run install -m 600 /nix/store/[0-9a-z]{32}-agents\\.json5 \"\\$HOME/\\.openclaw/agents\\.json5\"$", lines[4]);
        Assert.Matches("^\\[ -e \"\\$HOME/\\.openclaw/bindings\\.json5\" \\] \\|\\| run install -m 600 /nix/store/[0-9a-z]{32}-bindings\\.json5 \"\\$HOME/\\.openclaw/bindings\\.json5\"$", lines[5]);
        Assert.Equal(6, lines.Length);
        Assert.True(File.Exists(Path.Combine(dir, ConfigPath)));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void RosterFilesAreJsonAndTheJson5ReferenceReadsTheSameValue(string run)
    {
        foreach (var file in new[] { DeclaredAgentsPath, AgentsPath, BindingsPath })
        {
            var text = RunFor(run).Files[file];
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), JsonNode.Parse(Json5Reference(text))), file);
            Assert.EndsWith("\n", text);
            Assert.DoesNotContain("\r", text);
        }
    }

    [Fact]
    public void DeclaredAgentsFileHoldsEveryDeclaredAgentInOpenClawsShape()
    {
        var agents = JsonNode.Parse(SampleRun.Sample.Files[DeclaredAgentsPath])!;
        Assert.Equal("explicit", (string?)agents["ownership"]);
        Assert.Equal("~/workspaces", (string?)agents["defaults"]!["workspace"]);
        Assert.Equal("gpt/gpt-4.1", (string?)agents["defaults"]!["model"]);

        // Each declared model's name is an OpenClaw alias of its provider/model-id, so "llama" resolves in OpenClaw too.
        var aliases = agents["defaults"]!["models"]!.AsObject();
        Assert.Equal(["gpt/gpt-4.1", "llama/llama3.1:8b"], aliases.Select(a => a.Key));
        Assert.Equal(["gpt", "llama"], aliases.Select(a => (string?)a.Value!["alias"]));
        Assert.All(aliases, a => Assert.Equal(["alias"], a.Value!.AsObject().Select(p => p.Key)));
        var entries = agents["entries"]!.AsObject();
        Assert.Equal(["homelab", "notes", "research"], entries.Select(e => e.Key));
        Assert.Equal("Homelab", (string?)entries["homelab"]!["name"]);
        Assert.Equal("~/workspaces/homelab", (string?)entries["homelab"]!["workspace"]);
        Assert.Equal("llama/llama3.1:8b", (string?)entries["homelab"]!["model"]);
        Assert.Equal("gpt/gpt-4.1", (string?)entries["notes"]!["model"]);

        // Only keys of reference/openclaw.md §3 (the schema is strict).
        Assert.All(entries, e => Assert.Equal(["model", "name", "workspace"], e.Value!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)));
        Assert.Equal(["defaults", "entries", "ownership"], agents.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));

        // The runtime files start empty: the declared agents live only in the generated file.
        Assert.Equal("{\n  \"ownership\": \"explicit\",\n  \"entries\": {}\n}\n", SampleRun.Sample.Files[AgentsPath]);
        Assert.Equal("[]\n", SampleRun.Sample.Files[BindingsPath]);
    }

    /// <summary>Adding a declared agent changes the generated declared-agents file, so <c>git diff nix/</c> shows it.</summary>
    [Fact]
    public void AddingADeclaredAgentChangesOnlyTheDeclaredAgentsFileOfTheRoster()
    {
        var run = new SampleRun(SampleSource.With(
            "    public static readonly Agent Notes =",
            "    public static readonly Agent Garden = Research with { Id = \"garden\", Channel = \"garden\", DisplayName = \"Agent \\\"Garden\\\" 🌱\" };\n\n    public static readonly Agent Notes ="));
        Assert.DoesNotContain(GeneratorHarness.Problems(run.Run, run.Output), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.NotEqual(SampleRun.Sample.Files[DeclaredAgentsPath], run.Files[DeclaredAgentsPath]);
        var text = run.Files[DeclaredAgentsPath];
        var garden = JsonNode.Parse(Json5Reference(text))!["entries"]!["garden"]!;
        Assert.Equal("Agent \"Garden\" 🌱", (string?)garden["name"]);
        Assert.Equal("~/workspaces/garden", (string?)garden["workspace"]);
        Assert.Equal("gpt/gpt-4.1", (string?)garden["model"]);
        Assert.Equal(SampleRun.Sample.Files[AgentsPath], run.Files[AgentsPath]);
        Assert.Equal(SampleRun.Sample.Files[BindingsPath], run.Files[BindingsPath]);
        Assert.Equal(SampleRun.Sample.Files[ConfigPath], run.Files[ConfigPath]);
    }

    /// <summary>
    /// Resolves the config's includes the way reference/openclaw.md §1 describes (relative to the config, an include
    /// array deep-merged with the later file winning): the generated folder is a complete config on its own, with the
    /// declared agents in agents.entries, and a runtime agent merges beside them without overriding a declared one.
    /// </summary>
    [Fact]
    public void GeneratedFolderResolvesToAConfigWithTheDeclaredAgentsAndMergesRuntimeAgents()
    {
        var dir = Path.Combine(SampleRun.Sample.WriteTo(), "hosts", "nixclaw", "openclaw");
        var resolved = ResolveIncludes(Path.Combine(dir, "openclaw.json"));
        var entries = resolved["agents"]!["entries"]!.AsObject();
        Assert.Equal(["homelab", "notes", "research"], entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("explicit", (string?)resolved["agents"]!["ownership"]);
        Assert.Empty(resolved["bindings"]!.AsArray());

        File.WriteAllText(Path.Combine(dir, "agents.json5"), "{ ownership: 'explicit', entries: { garden: { name: 'Garden', model: 'gpt/gpt-4.1' }, notes: { name: 'Renamed' } } }");
        File.WriteAllText(Path.Combine(dir, "bindings.json5"), "[ { agentId: 'garden', match: { channel: 'mattermost', peer: { kind: 'channel', id: 'c1' } } } ]");
        resolved = ResolveIncludes(Path.Combine(dir, "openclaw.json"));
        entries = resolved["agents"]!["entries"]!.AsObject();
        Assert.Equal(["garden", "homelab", "notes", "research"], entries.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Notes", (string?)entries["notes"]!["name"]);
        Assert.Equal("garden", (string?)resolved["bindings"]![0]!["agentId"]);
    }

    private const string DeclaredAgentsPath = "hosts/nixclaw/openclaw/declared-agents.json5";
    private const string AgentsPath = "hosts/nixclaw/openclaw/agents.json5";
    private const string BindingsPath = "hosts/nixclaw/openclaw/bindings.json5";

    private static JsonNode ResolveIncludes(string configPath) => JsonNode.Parse(Json5Reference(File.ReadAllText(configPath), ResolveScript, configPath))!;

    // OpenClaw §1: "$include" is a path or an array of paths relative to the including file; an array is a deep merge in
    // which the later file wins (objects merge, arrays concatenate, other values are replaced); sibling keys override.
    private const string ResolveScript = """
        const J=require(process.argv[1]),fs=require('fs'),path=require('path');
        const obj=v=>v!==null&&typeof v==='object'&&!Array.isArray(v);
        const merge=(a,b)=>Array.isArray(a)&&Array.isArray(b)?[...a,...b]:obj(a)&&obj(b)?Object.keys(b).reduce((r,k)=>(r[k]=k in r?merge(r[k],b[k]):b[k],r),{...a}):b;
        const load=f=>resolve(J.parse(fs.readFileSync(f,'utf8')),path.dirname(f));
        const resolve=(v,dir)=>{
          if(Array.isArray(v))return v.map(x=>resolve(x,dir));
          if(!obj(v))return v;
          if(!('$include' in v))return Object.fromEntries(Object.entries(v).map(([k,x])=>[k,resolve(x,dir)]));
          const inc=v.$include,files=Array.isArray(inc)?inc:[inc];
          return files.reduce((m,f)=>merge(m,load(path.resolve(dir,f))),Array.isArray(inc)?{}:undefined);
        };
        let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.stringify(resolve(J.parse(s),path.dirname(process.argv[2])))));
        """;

    private static string NixLit(string value) => NixEval.Lit(value);

    private static string Cs(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>Parses with npm json5 (the reference implementation) and prints the value as JSON.</summary>
    private static string Json5Reference(string text) =>
        Json5Reference(text, "const J=require(process.argv[1]);let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(JSON.stringify(J.parse(s))))");

    private static string Json5Reference(string text, string script, params string[] args)
    {
        var module = Repo.Path("tools", "node_modules", "json5");
        Assert.True(Directory.Exists(module), $"json5 is missing at {module}: run scripts/setup (installs npm json5).");
        var (code, stdout, stderr) = Support.Tools.Run("node", ["-e", script, module, .. args], stdin: text);
        Assert.True(code == 0, "json5 rejected the document: " + stderr);
        return stdout;
    }

    private static IEnumerable<string> LeafPaths(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var segment = path == "models.providers" ? "<provider>" : key;
                    foreach (var leaf in LeafPaths(value!, path.Length == 0 ? segment : path + "." + segment))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var leaf in LeafPaths(item!, path + "[]"))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return path;
                break;
        }
    }

    private static IEnumerable<(string Path, JsonNode? Value)> SecretFieldValues(JsonNode node, string path = "")
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                var child = path + "." + key;
                if (SecretFields.Contains(key))
                {
                    yield return (child, value);
                }
                else if (value is not null)
                {
                    foreach (var found in SecretFieldValues(value, child))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.Where(i => i is not null))
            {
                foreach (var found in SecretFieldValues(item!, path + "[]"))
                {
                    yield return found;
                }
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,127}$")]
    private static partial Regex EnvId();
}
