using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NixClaw.Generator.Tests.Support;

namespace NixClaw.Generator.Tests;

/// <summary>The incremental pipeline reuses cached work and its models hold no Roslyn objects.</summary>
public sealed class CachingTests
{
    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compile("Homelab", SampleSource.Text, "namespace Other; public class Unrelated { }");
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation next) =>
        driver.RunGenerators(next, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> OutputReasons(GeneratorRunResult run) =>
        run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void UnrelatedEditLeavesEveryOutputCached()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Last();
        var next = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Other; public class Unrelated { int _x; }")));
        var run = Rerun(driver, next);

        Assert.All(Reasons(run, TrackingNames.Extract), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(run, TrackingNames.HostModels), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.Files), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(OutputReasons(run), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // The evaluation itself was reused (ExtractCache): the very same result object, nothing re-bound.
        Assert.Same(ExtractValue(driver.GetRunResult().Results.Single()), ExtractValue(run));
    }

    private static object ExtractValue(GeneratorRunResult run) => run.TrackedSteps[TrackingNames.Extract].Single().Outputs.Single().Value;

    private const string HostReadingShared = """
        using NixClaw;
        namespace N;
        [NixClawHost]
        public static partial class H
        {
            public static readonly Host Machine = new("h") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };
            public static readonly Disk Main = new("main", "/dev/sda", [new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp }, new Partition("root", "100%", Filesystem.Ext4, "/")]);
            public static readonly User Admin = new("admin", UserRole.Admin) { SshKeys = [Shared.Key] };
        }
        """;

    private static string UsersNix(GeneratorDriver driver) => GeneratorHarness.Files(driver.GetRunResult())["hosts/h/users.nix"];

    [Fact]
    public void ConstFoldedFromAThirdFileInvalidatesTheReusedEvaluation()
    {
        var compilation = GeneratorHarness.Compile("TestHost", HostReadingShared, "public static class Shared { public const string Key = Parts.Type + \" AAAA \" + Parts.Comment; }", "public static class Parts { public const string Type = \"ssh-ed25519\"; public const string Comment = \"one\"; }", "public class Unrelated { }");
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA one", UsersNix(driver));

        var unrelated = compilation.SyntaxTrees.Last();
        var afterUnrelated = compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From("public class Unrelated { int _y; }")));
        var reused = driver.RunGenerators(afterUnrelated, TestContext.Current.CancellationToken);
        Assert.Same(ExtractValue(driver.GetRunResult().Results.Single()), ExtractValue(reused.GetRunResult().Results.Single()));

        var parts = afterUnrelated.SyntaxTrees.ElementAt(2);
        var afterParts = afterUnrelated.ReplaceSyntaxTree(parts, parts.WithChangedText(SourceText.From("public static class Parts { public const string Type = \"ssh-ed25519\"; public const string Comment = \"two\"; }")));
        var rerun = reused.RunGenerators(afterParts, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA two", UsersNix(rerun));
    }

    [Fact]
    public void NewFileDeclaringAShadowingTypeInvalidatesTheReusedEvaluation()
    {
        var compilation = GeneratorHarness.Compile("TestHost", HostReadingShared, "public static class Shared { public const string Key = \"ssh-ed25519 AAAA global\"; }");
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA global", UsersNix(driver));

        // N.Shared in a new file wins over the global Shared for code in namespace N; no tree the first evaluation read changed.
        var shadowed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace N { public static class Shared { public const string Key = \"ssh-ed25519 AAAA nested\"; } }", GeneratorHarness.ParseOptions, path: "Nested.cs", cancellationToken: TestContext.Current.CancellationToken));
        var rerun = driver.RunGenerators(shadowed, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA nested", UsersNix(rerun));
    }

    [Theory]
    [InlineData("\\u0053hared")] // Shared, spelled with a Unicode escape
    [InlineData("Sh\u00e4red")] // a non-ASCII identifier
    public void NewFileDeclaringAShadowingTypeInvalidatesTheReusedEvaluationWhateverTheSpelling(string spelled)
    {
        var name = spelled.Replace("\\u0053", "S", StringComparison.Ordinal);
        var host = HostReadingShared.Replace("[Shared.Key]", "[" + spelled + ".Key]", StringComparison.Ordinal);
        var compilation = GeneratorHarness.Compile("TestHost", host, "public static class " + name + " { public const string Key = \"ssh-ed25519 AAAA global\"; }");
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA global", UsersNix(driver));

        var shadowed = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace N { public static class " + name + " { public const string Key = \"ssh-ed25519 AAAA nested\"; } }", GeneratorHarness.ParseOptions, path: "Nested.cs", cancellationToken: TestContext.Current.CancellationToken));
        var rerun = driver.RunGenerators(shadowed, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA nested", UsersNix(rerun));
    }

    [Fact]
    public void ChangedMetadataReferenceInvalidatesTheReusedEvaluation()
    {
        var compilation = GeneratorHarness.Compile("TestHost", HostReadingShared)
            .AddReferences(Library("public static class Shared { public const string Key = \"ssh-ed25519 AAAA v1\"; }"));
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA v1", UsersNix(driver));

        var upgraded = compilation.ReplaceReference(compilation.References.Last(), Library("public static class Shared { public const string Key = \"ssh-ed25519 AAAA v2\"; }"));
        var rerun = driver.RunGenerators(upgraded, TestContext.Current.CancellationToken);
        Assert.Contains("ssh-ed25519 AAAA v2", UsersNix(rerun));
    }

    /// <summary>A compiled library (another project or package) as an in-memory metadata reference.</summary>
    private static MetadataReference Library(string source)
    {
        var library = CSharpCompilation.Create("SharedLib", [CSharpSyntaxTree.ParseText(source, cancellationToken: TestContext.Current.CancellationToken)], Basic.Reference.Assemblies.Net100.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public void ConcurrentRunsSharingTheHostFileAgree()
    {
        // Several compilations (IDE forks, other projects linking the file) share one host tree and one cache entry.
        var (driver, compilation) = FirstRun();
        var expected = GeneratorHarness.Files(driver.GetRunResult());
        var unrelated = compilation.SyntaxTrees.Last();
        var results = new IReadOnlyDictionary<string, string>[8];
        Parallel.For(0, results.Length, i =>
        {
            var next = i % 2 == 0
                ? compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(SourceText.From($"namespace Other; public class Unrelated {{ int _x{i}; }}")))
                : compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText($"namespace Other{i}; public class Extra {{ }}", GeneratorHarness.ParseOptions, path: $"Extra{i}.cs"));
            results[i] = GeneratorHarness.Files(driver.RunGenerators(next, TestContext.Current.CancellationToken).GetRunResult());
        });

        Assert.All(results, files => Assert.Equal(expected, files));
    }

    [Fact]
    public void CacheHoldsNoCompilation()
    {
        var (driver, compilation) = RunOnce();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(compilation.IsAlive, "a compilation stayed reachable after its driver was dropped");
        Assert.False(driver.IsAlive);
        Assert.NotEmpty(s_keptTrees);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (WeakReference Driver, WeakReference Compilation) RunOnce()
    {
        var compilation = GeneratorHarness.Compile("Homelab", SampleSource.Text);
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        s_keptTrees.AddRange(compilation.SyntaxTrees);
        return (new WeakReference(driver), new WeakReference(compilation));
    }

    // The host tree stays alive (as in an IDE session), so its cache entry does too.
    private static readonly List<SyntaxTree> s_keptTrees = [];

    [Fact]
    public void EditThatOnlyMovesCodeKeepsModelsAndFilesCached()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.First();
        var moved = tree.WithChangedText(SourceText.From("// a comment that shifts every location\n\n" + SampleSource.Text));
        var run = Rerun(driver, compilation.ReplaceSyntaxTree(tree, moved));

        Assert.All(Reasons(run, TrackingNames.Extract), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(run, TrackingNames.HostModels), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(run, TrackingNames.Files), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingOneAgentRegeneratesItsBindingsAndFiles()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.First();
        var edited = tree.WithChangedText(SourceText.From(SampleSource.With("DisplayName = \"Research\",", "DisplayName = \"Research\", MaxTurns = 7,")));
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, edited), TestContext.Current.CancellationToken).GetRunResult();
        var run = result.Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.HostModels));
        var bindings = run.GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs").SourceText.ToString();
        Assert.Contains("SyncInterval: global::System.TimeSpan.FromMinutes(15), MaxTurns: 7)", bindings);
    }

    [Fact]
    public void EditingAnotherFilesReferencedDeclarationFlowsThrough()
    {
        const string host = """
            using NixClaw;
            [NixClawHost]
            public static partial class H
            {
                public static readonly Host Machine = new("h") { AgeRecipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p" };
                public static readonly Disk Main = new("main", "/dev/sda", [new Partition("ESP", "512M", Filesystem.Vfat, "/boot") { Type = PartitionType.Esp }, new Partition("root", "100%", Filesystem.Ext4, "/")]);
                public static readonly User Admin = new("admin", UserRole.Admin) { SshKeys = [Shared.Key] };
            }
            """;
        var compilation = GeneratorHarness.Compile("TestHost", host, "public static class Shared { public const string Key = \"ssh-ed25519 AAAA one\"; }");
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        var shared = compilation.SyntaxTrees.Last();
        var next = compilation.ReplaceSyntaxTree(shared, shared.WithChangedText(SourceText.From("public static class Shared { public const string Key = \"ssh-ed25519 AAAA two\"; }")));
        var result = driver.RunGenerators(next, TestContext.Current.CancellationToken).GetRunResult();

        Assert.True(result.Diagnostics.IsEmpty, string.Join("; ", result.Diagnostics));
        var files = GeneratorHarness.Files(result);
        Assert.True(files.ContainsKey("hosts/h/users.nix"), string.Join(", ", files.Keys));
        Assert.Contains("ssh-ed25519 AAAA two", files["hosts/h/users.nix"]);
    }

    [Fact]
    public void CachedModelsHoldNoSymbolsSyntaxLocationsOrCompilations()
    {
        var (driver, _) = FirstRunWithTools();
        var run = driver.GetRunResult().Results.Single();
        string[] ours = [TrackingNames.Extract, TrackingNames.Bind, TrackingNames.HostModels, TrackingNames.Project, TrackingNames.Files, TrackingNames.Diagnostics,
            TrackingNames.ToolExtract, TrackingNames.ToolModels, TrackingNames.ToolSet, TrackingNames.ToolDiagnostics];
        var values = run.TrackedSteps.Where(s => ours.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.NotEmpty(values);
        foreach (var value in values)
        {
            Walk(value, new HashSet<object>(ReferenceEqualityComparer.Instance), "root");
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRunWithTools()
    {
        var compilation = GeneratorHarness.Compile("Homelab", AgentTools.ToolSources.Project.Append("namespace Other; public class Unrelated { }").ToArray());
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation);
    }

    [Fact]
    public void UnrelatedEditLeavesEveryToolStepCached()
    {
        var (driver, compilation) = FirstRunWithTools();
        var tree = compilation.SyntaxTrees.Last();
        var run = Rerun(driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Other; public class Unrelated { int _x; }"))));

        Assert.All(Reasons(run, TrackingNames.ToolExtract), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(run, TrackingNames.ToolModels), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.ToolSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(OutputReasons(run), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // Each tool's extraction was reused (ToolExtractCache): the very same objects, nothing read again.
        var before = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.ToolExtract].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        var after = run.TrackedSteps[TrackingNames.ToolExtract].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(5, after.Count);
        Assert.All(before.Zip(after), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void UnrelatedEditAnswersAttributedMethodsThatAreNotToolsFromTheCacheToo()
    {
        const string other = "namespace Other; public static class Helpers { [System.Obsolete(\"use Water\")] public static int Old() => 1; }";
        var compilation = GeneratorHarness.Compile("Homelab", AgentTools.ToolSources.Project.Append(other).Append("namespace Other; public class Unrelated { }").ToArray());
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        var tree = compilation.SyntaxTrees.Last();
        var next = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("namespace Other; public class Unrelated { int _x; }")));
        var run = Rerun(driver, next);

        var outputs = run.TrackedSteps[TrackingNames.ToolExtract].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(5, outputs.Count);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(OutputReasons(run), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // The method that is not a tool was remembered as such: the edited compilation gets its answer without binding it.
        var old = compilation.SyntaxTrees.ElementAt(2).GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single();
        Assert.True(NixClaw.Generator.AgentTools.ToolExtractCache.TryGet(old, next, TestContext.Current.CancellationToken, out var answer));
        Assert.Null(answer);
        Assert.Equal(5, run.GeneratedSources.Count(s => s.HintName.StartsWith("NixClaw.GeneratedTools.", StringComparison.Ordinal)));
    }

    [Fact]
    public void AToolMarkedThroughAUsingAliasIsATool()
    {
        var aliased = AgentTools.ToolSources.Garden
            .Replace("using NixClaw;", "using NixClaw;\nusing Tool2 = NixClaw.AgentToolAttribute;", StringComparison.Ordinal)
            .Replace("[AgentTool(Name = \"plan-beds\", InProcess = true)]", "[Tool2(Name = \"plan-beds\", InProcess = true)]", StringComparison.Ordinal);
        Assert.Contains("[Tool2(", aliased, StringComparison.Ordinal);
        var compilation = GeneratorHarness.Compile("Homelab", AgentTools.ToolSources.Project[0], aliased);
        var run = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Results.Single().GeneratedSources, s => s.HintName == "NixClaw.GeneratedTools.GardenTools_PlanBedsTool.g.cs");
    }

    [Fact]
    public void ANewAttributeTypeThatShadowsAgentToolInvalidatesTheCachedTools()
    {
        var (driver, compilation) = FirstRunWithTools();

        // [AgentTool] in a global-namespace file now binds to this type (a source type wins over an imported one).
        var run = Rerun(driver, compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "public sealed class AgentToolAttribute : System.Attribute { public string? Name { get; set; } public bool InProcess { get; set; } }",
            (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            cancellationToken: TestContext.Current.CancellationToken)));

        Assert.Equal(5, driver.GetRunResult().Results.Single().GeneratedSources.Count(s => s.HintName.StartsWith("NixClaw.GeneratedTools.", StringComparison.Ordinal)));
        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName.StartsWith("NixClaw.GeneratedTools.", StringComparison.Ordinal));
    }

    [Fact]
    public void EditingARecordInAnotherFileRegeneratesTheSchemaOfTheToolsUsingIt()
    {
        var tools = AgentTools.ToolSources.Garden.Replace("public sealed record Bed(string Name, [Range(1, 50)] int Area, string[] Plants, Soil Soil = Soil.Loam, string? Note = null);", "", StringComparison.Ordinal);
        const string bed = "using System.ComponentModel.DataAnnotations;\npublic sealed record Bed(string Name, [Range(1, 50)] int Area, string[] Plants, Soil Soil = Soil.Loam, string? Note = null);\n";
        var compilation = GeneratorHarness.Compile("Homelab", AgentTools.ToolSources.Project[0], tools, bed);
        var driver = GeneratorHarness.NewDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(bed.Replace("[Range(1, 50)]", "[Range(1, 80)]", StringComparison.Ordinal))));
        var run = Rerun(driver, edited);

        var function = run.GeneratedSources.Single(s => s.HintName == "NixClaw.GeneratedTools.GardenTools_PlanBedsTool.g.cs").SourceText.ToString();
        // The schema constant is a C# string literal, so its quotes are escaped.
        Assert.Contains("maximum\\\":80", function);
    }

    [Fact]
    public void EditThatOnlyMovesAToolKeepsItsGeneratedFunctionCached()
    {
        var (driver, compilation) = FirstRunWithTools();
        var tree = compilation.SyntaxTrees.ElementAt(1);
        var run = Rerun(driver, compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From("// shifts every location\n\n" + AgentTools.ToolSources.Garden))));

        Assert.All(Reasons(run, TrackingNames.ToolExtract), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(run, TrackingNames.ToolModels), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Reasons(run, TrackingNames.ToolSet), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(run, TrackingNames.Files), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void RenamingAToolRegeneratesItsFunctionAndTheAgentsToolList()
    {
        var (driver, compilation) = FirstRunWithTools();
        var tree = compilation.SyntaxTrees.ElementAt(1);
        var renamed = AgentTools.ToolSources.Garden.Replace("[AgentTool(Name = \"plan-beds\", InProcess = true)]", "[AgentTool(Name = \"plan\", InProcess = true)]", StringComparison.Ordinal);
        var result = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(renamed))), TestContext.Current.CancellationToken).GetRunResult();
        var run = result.Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.ToolModels));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(run, TrackingNames.HostModels));
        var bindings = run.GeneratedSources.Single(s => s.HintName == "Homelab.Homelab.Manifest.g.cs").SourceText.ToString();
        Assert.Contains("\"water\", \"plan\", \"count_to\"", bindings);
        Assert.Contains("public override string Name => \"plan\";", run.GeneratedSources.Single(s => s.HintName == "NixClaw.GeneratedTools.GardenTools_PlanBedsTool.g.cs").SourceText.ToString());
    }

    private static void Walk(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or SyntaxTree or Location or Compilation or SemanticModel, $"{path} holds a {value.GetType().Name}");
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, seen, $"{path}[{i++}]");
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), seen, path + "." + field.Name);
        }
    }
}
