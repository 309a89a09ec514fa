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

    private static readonly MetadataReference[] References = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Declarations::NixClaw.Agent).Assembly.Location))
        .ToArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static string Id(int i) => "a" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The host class source with <paramref name="agents"/> agents.</summary>
    public static string HostSource(int agents)
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
            sb.AppendLine("        Tools = [new ExecTool(), new FileTools(), new WebSearchTool(BraveKey)],");
            sb.AppendLine("    };");
            sb.AppendLine();
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    public static CSharpCompilation Compile(int agents) => CSharpCompilation.Create(
        "Fleet",
        [
            CSharpSyntaxTree.ParseText(HostSource(agents), ParseOptions, path: "Fleet.cs"),
            CSharpSyntaxTree.ParseText(UnrelatedSource, ParseOptions, path: UnrelatedPath),
        ],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The same compilation with the unrelated file's tree replaced by an edited one.</summary>
    public static CSharpCompilation EditUnrelated(CSharpCompilation compilation)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == UnrelatedPath);
        var edited = CSharpSyntaxTree.ParseText(UnrelatedEditedSource, ParseOptions, path: UnrelatedPath);
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
