using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Tools;

namespace NixClaw.Benchmarks;

/// <summary>
/// Argument binding of one 20-parameter tool: the generator's AgentToolFunction against
/// <see cref="AIFunctionFactory.Create(MethodInfo, object?, AIFunctionFactoryOptions?)"/> over the very same method, both
/// given the model's arguments as Microsoft.Extensions.AI passes them (a dictionary of <see cref="JsonElement"/>s).
/// The method only concatenates a few arguments, so the difference is binding: parsing, validation, the call and
/// the result.
/// </summary>
[MemoryDiagnoser]
public class ToolBindingBenchmarks
{
    public const string Source = """
        using System.ComponentModel;
        using NixClaw;

        public enum Level { Low, Medium, High }

        public static class WideTools
        {
            /// <summary>A tool with twenty arguments.</summary>
            [AgentTool]
            public static string Wide(
                [Description("a")] string a, [Description("b")] int b, [Description("c")] double c, [Description("d")] bool d,
                [Description("e")] string e, [Description("f")] long f, [Description("g")] Level g, [Description("h")] string[] h,
                [Description("i")] int i, [Description("j")] string j, [Description("k")] double k, [Description("l")] bool l,
                [Description("m")] string m, [Description("n")] int n, [Description("o")] Level o, [Description("p")] string p,
                [Description("q")] int q, [Description("r")] string? r = null, [Description("s")] int s = 7, [Description("t")] bool t = false)
                => a + b + e + j + m + p + s;
        }
        """;

    /// <summary>The model's arguments (three left to their defaults).</summary>
    public const string ArgumentsJson = """
        {"a":"alpha","b":1,"c":2.5,"d":true,"e":"echo","f":123456789,"g":"High","h":["x","y","z"],"i":4,"j":"juliet",
         "k":0.25,"l":false,"m":"mike","n":14,"o":"Low","p":"papa","q":17}
        """;

    private AgentToolFunction _generated = null!;
    private AIFunction _factory = null!;
    private JsonElement _element;
    private AIFunctionArguments _arguments = null!;
    private ToolContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = Compiled.Value;
        _generated = (AgentToolFunction)Activator.CreateInstance(assembly.GetTypes().Single(t => t.Name == "WideTools_WideTool"))!;
        _factory = AIFunctionFactory.Create(assembly.GetType("WideTools")!.GetMethod("Wide")!, target: null);
        using var document = JsonDocument.Parse(ArgumentsJson);
        _element = document.RootElement.Clone();
        _context = new ToolContext
        {
            AgentId = "bench",
            Files = new WorkspaceFiles(Path.GetTempPath(), new WorkspaceFileLimits()),
            Http = new HttpClient(),
            Logger = NullLogger.Instance,
        };
        _arguments = new AIFunctionArguments(_element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()))
        {
            Context = new Dictionary<object, object?> { [typeof(ToolContext)] = _context },
        };

        var expected = "alpha1echojuliet" + "mikepapa7";
        if (Generated().AsTask().Result is not { } a || a != expected
            || GeneratedThroughAIFunction().AsTask().Result?.ToString() != expected
            || Factory().AsTask().Result?.ToString() != expected)
        {
            throw new InvalidOperationException("The three paths do not agree on the result '" + expected + "'.");
        }
    }

    /// <summary>What AIFunctionFactory does on every call: bind the dictionary's JsonElements by reflection-built marshallers.</summary>
    [Benchmark(Baseline = true)]
    public ValueTask<object?> Factory() => _factory.InvokeAsync(_arguments);

    /// <summary>The generated function called as the sandbox calls it: the validated arguments as one JsonElement.</summary>
    [Benchmark]
    public ValueTask<string> Generated() => _generated.InvokeAsync(_element, _context, CancellationToken.None);

    /// <summary>The generated function in process, through AIFunction: each argument read from the dictionary's JsonElement where it is.</summary>
    [Benchmark]
    public ValueTask<object?> GeneratedThroughAIFunction() => _generated.InvokeAsync(_arguments);

    /// <summary>
    /// The three ways interleaved in one process, for a shared machine: each round times a batch of calls of each way,
    /// in an order that rotates round by round, so a change in the machine's load hits all three alike. Prints each
    /// way's median time and allocation per call over the rounds and the ratios of the medians to the factory's.
    /// </summary>
    public static void Interleaved(int rounds, int batch)
    {
        var bench = new ToolBindingBenchmarks();
        bench.Setup();
        var ways = new (string Name, Func<object?> Call)[]
        {
            ("Factory", () => bench.Factory().Result),
            ("Generated", () => bench.Generated().Result),
            ("GeneratedThroughAIFunction", () => bench.GeneratedThroughAIFunction().Result),
        };

        // Warm-up long enough for tiered compilation to reach its optimised code.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var way in ways)
            {
                Time(way.Call, batch);
            }
        }

        var times = ways.Select(_ => new List<double>()).ToArray();
        var bytes = ways.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < ways.Length; k++)
            {
                var w = (round + k) % ways.Length;
                var (ns, allocated) = Time(ways[w].Call, batch);
                times[w].Add(ns);
                bytes[w].Add(allocated);
            }
        }

        Console.WriteLine($"{rounds} rounds of {batch} calls per way, interleaved; median (p10 to p90) per call:");
        var factory = Median(times[0]);
        for (var w = 0; w < ways.Length; w++)
        {
            var sorted = times[w].Order().ToList();
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{ways[w].Name,-27} {Median(times[w]),8:0} ns ({sorted[sorted.Count / 10]:0} to {sorted[sorted.Count * 9 / 10]:0})  {Median(bytes[w]),6:0} B  ratio {Median(times[w]) / factory:0.00}"));
        }
    }

    private static (double Nanoseconds, double Bytes) Time(Func<object?> call, int count)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            call();
        }

        var elapsed = clock.Elapsed.TotalNanoseconds;
        return (elapsed / count, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)count);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    // One load per process: the in-process toolchain runs every benchmark's setup in the same process.
    private static readonly Lazy<Assembly> Compiled = new(Compile);

    private static Assembly Compile()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "WideTools",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Source, SyntheticProject.ParseOptions)],
            SyntheticProject.AllReferences,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        SyntheticProject.NewDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }
}
