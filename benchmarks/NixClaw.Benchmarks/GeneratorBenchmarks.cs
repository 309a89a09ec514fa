using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NixClaw.Benchmarks;

/// <summary>
/// NixClawGenerator on one host class with N agents, without and with 200 C# tools. Targets (issues): 1,000 agents
/// (and 200 tools) full run &lt; 300 ms, incremental run after an unrelated edit &lt; 5 ms, cost linear in N.
/// </summary>
// 30 warm-up iterations: a full run keeps getting faster for about 25 runs while the runtime re-compiles the hot code of
// Roslyn and the generator (--loop shows it), and these figures are for optimised code. A new compiler process is slower:
// benchmarks/generator-build/run measures real builds.
[SimpleJob(launchCount: 1, warmupCount: 30, iterationCount: 10)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private CSharpCompilation _fresh = null!;
    private GeneratorDriver _warmed = null!;

    [Params(10, 100, 1000)]
    public int Agents { get; set; }

    /// <summary>C# agent tools ([AgentTool] methods) in the project; each agent is given one of them.</summary>
    [Params(0, 200)]
    public int Tools { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _compilation = SyntheticProject.Compile(Agents, Tools);
        SyntheticProject.AssertClean(_compilation, Agents);
    }

    [IterationSetup(Target = nameof(FullRun))]
    public void PrepareFull() => _fresh = SyntheticProject.Compile(Agents, Tools);

    /// <summary>
    /// Full run: a fresh driver on a freshly parsed compilation, as in a command-line build (a new compiler
    /// process: nothing bound yet, nothing in the generator's Extract cache). Parsing is not timed.
    /// </summary>
    [Benchmark]
    public GeneratorDriver FullRun() => SyntheticProject.NewDriver().RunGenerators(_fresh);

    [IterationSetup(Target = nameof(IncrementalRunAfterUnrelatedEdit))]
    public void PrepareIncremental()
    {
        _warmed = SyntheticProject.NewDriver().RunGenerators(_compilation);
        _edited = SyntheticProject.EditUnrelated(_compilation);
    }

    /// <summary>Incremental run: the warmed driver on the compilation with an unrelated file edited (what the IDE does per keystroke).</summary>
    [Benchmark]
    public GeneratorDriver IncrementalRunAfterUnrelatedEdit() => _warmed.RunGenerators(_edited);
}
