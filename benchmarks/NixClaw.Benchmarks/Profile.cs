using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NixClaw.Generator;

namespace NixClaw.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NixClaw.Benchmarks -- --profile [agents] [tools]</c>: per-step times of a
/// full and an incremental run (from Roslyn's step tracking), to see where the time goes; a second argument adds that many C# tools.
/// </summary>
internal static class Profile
{
    public static void Run(int agents, int tools = 0)
    {
        var compilation = SyntheticProject.Compile(agents, tools);
        SyntheticProject.AssertClean(compilation, agents);

        // Warm the JIT.
        for (var i = 0; i < 3; i++)
        {
            TrackingDriver().RunGenerators(SyntheticProject.Compile(agents, tools));
        }

        for (var round = 0; round < 3; round++)
        {
            // A freshly parsed compilation, as in a command-line build: nothing bound, nothing in the Extract cache.
            compilation = SyntheticProject.Compile(agents, tools);
            var cpu = Cpu();
            var bytes = Allocated();
            var sw = Stopwatch.StartNew();
            var driver = TrackingDriver().RunGenerators(compilation);
            Console.WriteLine($"== full run, {agents} agents, {Math.Min(agents, tools)} tools: {sw.Elapsed.TotalMilliseconds:F1} ms (generator {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms; CPU {Cpu() - cpu:F1} ms; allocated {Allocated() - bytes:F1} MB)");
            Print(driver.GetRunResult());

            StageAllocations(driver.GetRunResult(), compilation.AssemblyName!);

            var edited = SyntheticProject.EditUnrelated(compilation);
            cpu = Cpu();
            bytes = Allocated();
            sw.Restart();
            driver = driver.RunGenerators(edited);
            Console.WriteLine($"== incremental run after unrelated edit: {sw.Elapsed.TotalMilliseconds:F1} ms (generator {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms; CPU {Cpu() - cpu:F1} ms; allocated {Allocated() - bytes:F2} MB)");
            Print(driver.GetRunResult());

            // More edits, each undoing the last, on a driver configured as the IDE's (no step tracking, which costs per
            // step): the spread shows how much of one run is the machine's noise.
            var untracked = SyntheticProject.NewDriver().RunGenerators(edited);
            var times = new List<double>();
            var collections = GC.CollectionCount(0);
            for (var i = 0; i < 20; i++)
            {
                edited = i % 2 == 0 ? SyntheticProject.EditUnrelated(edited, back: true) : SyntheticProject.EditUnrelated(edited);
                sw.Restart();
                untracked = untracked.RunGenerators(edited);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"== 20 more incremental runs without step tracking (editing the unrelated file back and forth): min {times[0]:F1} ms, median {times[10]:F1} ms, max {times[19]:F1} ms; {GC.CollectionCount(0) - collections} gen0 collections");

            // Binding cost alone: a semantic model of the host file in a fresh compilation, all initializers bound.
            var fresh = SyntheticProject.Compile(agents, tools);
            cpu = Cpu();
            bytes = Allocated();
            sw.Restart();
            var tree = fresh.SyntaxTrees.First(t => t.FilePath == "Fleet.cs");
            var model = fresh.GetSemanticModel(tree);
            foreach (var v in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>())
            {
                if (v.Initializer is not null)
                {
                    _ = model.GetOperation(v.Initializer.Value);
                }
            }

            Console.WriteLine($"== baseline: GetOperation on every field initializer of a fresh compilation: {sw.Elapsed.TotalMilliseconds:F1} ms (CPU {Cpu() - cpu:F1} ms; allocated {Allocated() - bytes:F1} MB)");

            // The same binding spread over all cores (what HostExtractor.PreBind does).
            var parallel = SyntheticProject.Compile(agents, tools);
            cpu = Cpu();
            sw.Restart();
            var parallelTree = parallel.SyntaxTrees.First(t => t.FilePath == "Fleet.cs");
            var parallelModel = parallel.GetSemanticModel(parallelTree);
            var parallelInitializers = parallelTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>()
                .Where(v => v.Initializer is not null).Select(v => v.Initializer!).ToList();
            Parallel.ForEach(parallelInitializers, i => parallelModel.GetOperation(i));
            Console.WriteLine($"== baseline: the same, in parallel on {Environment.ProcessorCount} cores: {sw.Elapsed.TotalMilliseconds:F1} ms (CPU {Cpu() - cpu:F1} ms)");

            // What ForAttributeWithMetadataName must do before calling Extract at all: the host class's symbol and attributes.
            var edited2 = SyntheticProject.EditUnrelated(compilation);
            sw.Restart();
            var hostTree = edited2.SyntaxTrees.First(t => t.FilePath == "Fleet.cs");
            var hostModel = edited2.GetSemanticModel(hostTree);
            var hostClass = ((Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)hostTree.GetRoot()).Members
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax>().Single().Members
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().Single();
            var hostSymbol = hostModel.GetDeclaredSymbol(hostClass)!;
            var attributeCount = hostSymbol.GetAttributes().Length;
            Console.WriteLine($"== baseline: symbol and attributes ({attributeCount}) of the host class after an unrelated edit: {sw.Elapsed.TotalMilliseconds:F1} ms");

            // The same for the tool methods: ForAttributeWithMetadataName looks up every [AgentTool] method's symbol and attributes again after any edit.
            var edited3 = SyntheticProject.EditUnrelated(compilation);
            var toolsTree = edited3.SyntaxTrees.FirstOrDefault(t => t.FilePath == SyntheticProject.ToolsPath);
            if (toolsTree is not null)
            {
                sw.Restart();
                var toolsModel = edited3.GetSemanticModel(toolsTree);
                var toolAttributes = 0;
                foreach (var m in toolsTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>())
                {
                    toolAttributes += toolsModel.GetDeclaredSymbol(m)!.GetAttributes().Length;
                }

                Console.WriteLine($"== baseline: symbols and attributes ({toolAttributes}) of the tool methods after an unrelated edit: {sw.Elapsed.TotalMilliseconds:F1} ms");
            }
        }
    }

    /// <summary>
    /// <c>--loop [agents] [tools] [runs]</c>: full runs back to back, each on a freshly parsed compilation, printing each
    /// run's time and the median; long enough to record with <c>dotnet-trace collect</c> to see where a full run goes.
    /// </summary>
    public static void Loop(int agents, int tools, int runs)
    {
        SyntheticProject.AssertClean(SyntheticProject.Compile(agents, tools), agents);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var compilation = SyntheticProject.Compile(agents, tools);
            var sw = Stopwatch.StartNew();
            SyntheticProject.NewDriver().RunGenerators(compilation);
            times.Add(sw.Elapsed.TotalMilliseconds);
            Console.WriteLine($"full run {i + 1}: {times[^1]:F1} ms");
        }

        times.Sort();
        Console.WriteLine($"== {runs} full runs, {agents} agents, {Math.Min(agents, tools)} tools: min {times[0]:F1} ms, median {times[runs / 2]:F1} ms, max {times[^1]:F1} ms");
    }

    /// <summary>Allocations of the generator's own stages after Extract, run again on the Extract and ToolModels results.</summary>
    private static void StageAllocations(GeneratorDriverRunResult run, string programName)
    {
        var hostClass = (NixClaw.Generator.Evaluation.HostClass)run.Results.Single().TrackedSteps["Extract"].Single().Outputs.Single().Value;
        var bytes = Allocated();
        var bound = NixClaw.Generator.Binding.HostBinder.Bind(hostClass);
        var afterBind = Allocated();
        var host = bound.Host!;
        _ = NixClaw.Generator.Emitting.BindingsEmitter.Emit(host, NixClawGenerator.Version);
        var afterBindings = Allocated();
        var project = new NixClaw.Generator.Model.ProjectModel(new NixClaw.Generator.Helpers.EquatableArray<NixClaw.Generator.Model.HostModel>(new[] { host }));
        _ = NixClaw.Generator.Emitting.CarrierEmitter.Emit(NixClaw.Generator.Emitting.OutputFiles.Render(project, programName), NixClaw.Generator.Model.FlakeSource.From(null, null, programName));
        var afterFiles = Allocated();
        var tools = (run.Results.Single().TrackedSteps.TryGetValue("ToolModels", out var toolSteps) ? toolSteps : [])
            .SelectMany(s => s.Outputs).Select(o => o.Value).OfType<NixClaw.Generator.AgentTools.ToolModel>()
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
        foreach (var tool in tools)
        {
            _ = NixClaw.Generator.AgentTools.ToolFunctionEmitter.Emit(tool, NixClawGenerator.Version);
        }

        var afterTools = Allocated();
        if (tools.Length > 0)
        {
            _ = NixClaw.Generator.AgentTools.ToolManifestEmitter.Emit(host, new NixClaw.Generator.Helpers.EquatableArray<NixClaw.Generator.AgentTools.ToolModel>(tools));
        }

        var afterManifest = Allocated();
        Console.WriteLine($"   allocations: Bind {afterBind - bytes:F1} MB, bindings emit {afterBindings - afterBind:F1} MB, files + carrier emit {afterFiles - afterBindings:F1} MB, "
            + $"{tools.Length} tool functions emit {afterTools - afterFiles:F1} MB, tool manifest emit {afterManifest - afterTools:F1} MB");
    }

    /// <summary>Bytes allocated by the whole process so far, in MB: independent of machine load.</summary>
    private static double Allocated() => GC.GetTotalAllocatedBytes(precise: true) / 1048576.0;

    /// <summary>CPU time of the whole process so far, in ms: unlike wall time, barely inflated when other processes load the machine.</summary>
    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static GeneratorDriver TrackingDriver() => CSharpGeneratorDriver.Create(
        [new NixClawGenerator().AsSourceGenerator()],
        parseOptions: SyntheticProject.ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static void Print(GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps))
        {
            var ms = steps.Sum(s => s.ElapsedTime.TotalMilliseconds);
            var reasons = string.Join(",", steps.SelectMany(s => s.Outputs).Select(o => o.Reason).Distinct());
            Console.WriteLine($"   {name,-40} {ms,9:F2} ms  ({steps.Length} steps; {reasons})");
        }
    }
}
