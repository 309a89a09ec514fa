extern alias Declarations;

using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NixClaw.Generator.Tests.Support;

/// <summary>Compiles C# sources against the NixClaw records and runs the generator in-process.</summary>
internal static class GeneratorHarness
{
    private static readonly MetadataReference[] References = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(Declarations::NixClaw.Agent).Assembly.Location))
        // What a declarations project has through NixClaw.Runtime, for [AgentTool] methods and their generated functions.
        .Append(MetadataReference.CreateFromFile(typeof(NixClaw.Tools.AgentToolFunction).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.AI.AIFunction).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location))
        .ToArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview);

    public static CSharpCompilation Compile(params string[] sources) => Compile("TestHost", sources);

    public static CSharpCompilation Compile(string assemblyName, params string[] sources) => CSharpCompilation.Create(
        assemblyName,
        sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"File{i}.cs")),
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <param name="buildProperties">MSBuild properties the generator sees (<c>build_property.*</c>), as NixClaw.Build.targets passes them.</param>
    public static GeneratorDriver NewDriver(IReadOnlyDictionary<string, string>? buildProperties = null) => CSharpGeneratorDriver.Create(
        [new NixClawGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        optionsProvider: buildProperties is null ? null : new BuildPropertiesProvider(buildProperties),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation including generated sources.</summary>
    public static (GeneratorDriverRunResult Run, Compilation Output) Run(CSharpCompilation compilation, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var driver = NewDriver(buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, TestContext.Current.CancellationToken);
        return (driver.GetRunResult(), output);
    }

    /// <summary>The generated non-C# files, parsed back out of the carrier class.</summary>
    public static IReadOnlyDictionary<string, string> Files(GeneratorDriverRunResult run)
    {
        var carrier = run.Results.Single().GeneratedSources.Single(s => s.HintName == "NixClaw.GeneratedFiles.g.cs");
        var tree = CSharpSyntaxTree.ParseText(carrier.SourceText);
        // File0, File1, ...: the files; the carrier's other constants say where the flake builds from.
        return tree.GetRoot().DescendantNodes()
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
            .Where(v => v.Identifier.Text.StartsWith("File", StringComparison.Ordinal) && !v.Identifier.Text.StartsWith("Flake", StringComparison.Ordinal))
            .Select(v => (string)((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)v.Initializer!.Value).Token.Value!)
            .Select(v => (Path: v[..v.IndexOf('\n')], Content: v[(v.IndexOf('\n') + 1)..]))
            .ToDictionary(f => f.Path, f => f.Content);
    }

    /// <summary>Errors and warnings of the compilation after generation (the generator's and C#'s).</summary>
    public static IReadOnlyList<Diagnostic> Problems(GeneratorDriverRunResult run, Compilation output) =>
        run.Diagnostics.Concat(output.GetDiagnostics(TestContext.Current.CancellationToken))
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

    private sealed class BuildPropertiesProvider(IReadOnlyDictionary<string, string> properties) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions => _global;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public static Options Empty { get; } = new([]);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
