using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NixClaw.Generator;

namespace NixClaw.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/NixClaw.Benchmarks -- --profile [agents]</c>: per-step times of a
/// full and an incremental run (from Roslyn's step tracking), to see where the time goes.
/// </summary>
internal static class Profile
{
    public static void Run(int agents)
    {
        var compilation = SyntheticProject.Compile(agents);
        SyntheticProject.AssertClean(compilation, agents);

        // Warm the JIT.
        for (var i = 0; i < 3; i++)
        {
            TrackingDriver().RunGenerators(SyntheticProject.EditUnrelated(compilation));
        }

        for (var round = 0; round < 3; round++)
        {
            var sw = Stopwatch.StartNew();
            var driver = TrackingDriver().RunGenerators(compilation);
            Console.WriteLine($"== full run, {agents} agents: {sw.Elapsed.TotalMilliseconds:F1} ms (generator {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms)");
            Print(driver.GetRunResult());

            var edited = SyntheticProject.EditUnrelated(compilation);
            sw.Restart();
            driver = driver.RunGenerators(edited);
            Console.WriteLine($"== incremental run after unrelated edit: {sw.Elapsed.TotalMilliseconds:F1} ms (generator {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:F1} ms)");
            Print(driver.GetRunResult());

            // Binding cost alone: a semantic model of the host file in a fresh compilation, all initializers bound.
            var fresh = SyntheticProject.EditUnrelated(compilation);
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

            Console.WriteLine($"== baseline: GetOperation on every field initializer of a fresh compilation: {sw.Elapsed.TotalMilliseconds:F1} ms");
        }
    }

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
