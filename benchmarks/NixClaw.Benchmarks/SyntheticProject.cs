extern alias Declarations;

using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NixClaw.Generator;

namespace NixClaw.Benchmarks;

/// <summary>A synthetic NixClaw project: one valid host class with N agents, plus an unrelated file to edit.</summary>
internal static class SyntheticProject
{
    public const string UnrelatedPath = "Unrelated.cs";
    public const string UnrelatedSource = "namespace Bench;\n\ninternal static class Unrelated\n{\n    public const int X = 1;\n}\n";
    public const string UnrelatedEditedSource = "namespace Bench;\n\ninternal static class Unrelated\n{\n    public const int Y = 2;\n}\n";

    public static MetadataReference[] AllReferences => References;

    private static readonly MetadataReference[] References = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Declarations::NixClaw.Agent).Assembly.Location))
        // Generated agent tools derive from AgentToolFunction (NixClaw.Runtime.Sandbox, on Microsoft.Extensions.AI).
        .Append(MetadataReference.CreateFromFile(typeof(NixClaw.Tools.AgentToolFunction).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.AIFunction).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static string Id(int i) => "a" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public const string ToolsPath = "BenchTools.cs";

    public static string ToolName(int i) => "T" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="tools"/> [AgentTool] methods, each with a string, a ranged number, an enum, an array of records and a
    /// defaulted integer, returning a record: every mapping the schema and the parser have.
    /// </summary>
    public static string ToolsSource(int tools)
    {
        var sb = new StringBuilder();
        sb.AppendLine("""
            using System.ComponentModel.DataAnnotations;
            using NixClaw;

            namespace Bench;

            public enum Mode { Fast, Careful }

            /// <summary>An item.</summary>
            /// <param name="Name">Its name.</param>
            /// <param name="Count">How many.</param>
            public sealed record Item(string Name, int Count);

            public sealed record Outcome(string Target, double Amount, Mode Mode, Item[] Items, int Limit);

            public static class BenchTools
            {
            """);
        for (var i = 1; i <= tools; i++)
        {
            sb.Append("    /// <summary>Tool ").Append(ToolName(i)).AppendLine(".</summary>");
            sb.AppendLine("    /// <param name=\"target\">What to act on.</param>");
            sb.AppendLine("    /// <param name=\"amount\">How much, 0 to 100.</param>");
            sb.AppendLine("    /// <param name=\"mode\">How.</param>");
            sb.AppendLine("    /// <param name=\"items\">The items.</param>");
            sb.AppendLine("    /// <param name=\"limit\">At most this many.</param>");
            sb.AppendLine("    [AgentTool]");
            sb.Append("    public static Outcome ").Append(ToolName(i))
                .AppendLine("(string target, [Range(0, 100)] double amount, Mode mode, Item[] items, int limit = 5) => new(target, amount, mode, items, limit);");
            sb.AppendLine();
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    /// <summary>The host class source with <paramref name="agents"/> agents.</summary>
    public static string HostSource(int agents) => HostSource(agents, tools: 0);

    /// <summary>The host class source with <paramref name="agents"/> agents; with tools, agent i also gets tool i modulo their number.</summary>
    public static string HostSource(int agents, int tools)
    {
        var sb = new StringBuilder();
        sb.Append("""
            using NixClaw;

            namespace Bench;

            [NixClawHost]
            public static partial class Fleet
            {
                public static readonly Host Machine = new("fleet")
                {
                    TimeZone = "UTC",
                    AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
                    ConfigDirectory = "nix-config/hosts/fleet",
                };

                public static readonly Disk Main = new("main", "/dev/sda",
                [
                    new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp, MountOptions = ["umask=0077"] },
                    new Partition("root", "100%", Filesystem.Ext4, "/"),
                ]);

                public static readonly User Admin = new("operator", UserRole.Admin)
                {
                    Description = "Operator",
                    SshKeys = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx1HyGq3zD0GvxGjW2o4H7y0mXbBf0mGQ4oPqkP3n9c op@laptop"],
                    PasswordHash = AdminPasswordHash,
                };

                public static readonly User Service = new("openclaw", UserRole.Service)
                {
                    Description = "NixClaw gateway",
                    Linger = true,
                    RootlessPodman = true,
                };

                public static readonly Secret AdminPasswordHash = new("admin_password_hash");
                public static readonly Secret MattermostToken = new("mattermost/bot_token");
                public static readonly Secret BraveKey = new("brave/api_key");
                public static readonly Secret OpenAIKey = new("openai/api_key", Owner: Service);

                public static readonly Mattermost Chat = new("https://mattermost.example.com", Team: "fleet", Bot: "operator", Token: MattermostToken)
                {
                    ChatMode = ChatMode.OnMessage,
                    Operators = ["operator"],
                };

                public static readonly Model Gpt = new("gpt", ModelProvider.OpenAI, "gpt-4.1") { ApiKey = OpenAIKey, IsDefault = true };

            """);
        sb.AppendLine();
        for (var i = 1; i <= agents; i++)
        {
            var id = Id(i);
            sb.Append("    public static readonly Agent Agent").Append(id).Append(" = new(\"").Append(id).Append("\", Channel: \"").Append(id).AppendLine("\")");
            sb.AppendLine("    {");
            sb.Append("        DisplayName = \"Agent ").Append(id).AppendLine("\",");
            sb.Append("        Tools = [new ExecTool(), new FileTools(), new WebSearchTool(BraveKey)")
                .Append(tools > 0 ? ", Tool.From(BenchTools." + ToolName(((i - 1) % tools) + 1) + ")" : "")
                .AppendLine("],");
            sb.AppendLine("    };");
            sb.AppendLine();
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    public static CSharpCompilation Compile(int agents) => Compile(agents, tools: 0);

    /// <summary>With <paramref name="tools"/> C# tools, at most one per agent (so every tool is used and the project is clean).</summary>
    public static CSharpCompilation Compile(int agents, int tools) => CreateCompilation(agents, Math.Min(agents, tools));

    private static CSharpCompilation CreateCompilation(int agents, int tools) => CSharpCompilation.Create(
        "Fleet",
        new[]
        {
            CSharpSyntaxTree.ParseText(HostSource(agents, tools), ParseOptions, path: "Fleet.cs"),
            CSharpSyntaxTree.ParseText(UnrelatedSource, ParseOptions, path: UnrelatedPath),
        }.Concat(tools > 0 ? [CSharpSyntaxTree.ParseText(ToolsSource(tools), ParseOptions, path: ToolsPath)] : []),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Writes the same sources into <paramref name="folder"/>, for a real <c>dotnet build</c> of them (benchmarks/generator-build).</summary>
    public static void WriteSources(string folder, int agents, int tools)
    {
        tools = Math.Min(agents, tools);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Fleet.cs"), HostSource(agents, tools));
        File.WriteAllText(Path.Combine(folder, UnrelatedPath), UnrelatedSource);
        if (tools > 0)
        {
            File.WriteAllText(Path.Combine(folder, ToolsPath), ToolsSource(tools));
        }
    }

    /// <summary>The same compilation with the unrelated file's tree replaced by an edited one (or, <paramref name="back"/>, by its original text).</summary>
    public static CSharpCompilation EditUnrelated(CSharpCompilation compilation, bool back = false)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == UnrelatedPath);
        var edited = CSharpSyntaxTree.ParseText(back ? UnrelatedSource : UnrelatedEditedSource, ParseOptions, path: UnrelatedPath);
        return compilation.ReplaceSyntaxTree(old, edited);
    }

    /// <summary>A fresh driver, configured as the IDE/compiler would (no step tracking, all outputs).</summary>
    public static GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create(
        [new NixClawGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Throws unless the generator and the C# compiler report no warnings or errors and the outputs exist.</summary>
    public static void AssertClean(CSharpCompilation compilation, int agents)
    {
        var driver = NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = driver.GetRunResult();
        var problems = generatorDiagnostics
            .Concat(run.Diagnostics)
            .Concat(output.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Distinct()
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"Synthetic project with {agents} agents is not clean ({problems.Count} diagnostics):\n" +
                string.Join("\n", problems.Take(20)));
        }

        var hints = run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        if (!hints.Contains("NixClaw.GeneratedFiles.g.cs") || hints.Count < 2)
        {
            throw new InvalidOperationException($"Expected bindings and the carrier; got: {string.Join(", ", hints)}");
        }

        // Every agent must have been bound: the last one appears in the bindings (the Nix files carry no agents yet).
        var bindings = string.Concat(run.Results.Single().GeneratedSources
            .Where(s => s.HintName != "NixClaw.GeneratedFiles.g.cs")
            .Select(s => s.SourceText.ToString()));
        if (!bindings.Contains("<c>" + Id(agents) + "</c>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Agent {Id(agents)} is missing from the generated bindings.");
        }
    }
}
