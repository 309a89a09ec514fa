using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace NixClaw.Json5.Benchmarks;

/// <summary>
/// Parse throughput on the same ~100 KB JSON document (JSON is valid JSON5): our reader against System.Text.Json.
/// JsonNode.Parse is the fair comparison (both build a mutable tree); JsonDocument.Parse is the lower bound.
/// </summary>
[Config(typeof(ShortConfig))]
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = "";
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = Document.Build(100 * 1024);
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    [Benchmark(Baseline = true)]
    public JsonNode? SystemTextJson_JsonNode() => JsonNode.Parse(_text);

    /// <summary>JsonNode materializes children lazily; walking the tree makes it build everything, as our reader does.</summary>
    [Benchmark]
    public int SystemTextJson_JsonNode_Walked() => Walk(JsonNode.Parse(_text));

    [Benchmark]
    public int SystemTextJson_JsonDocument()
    {
        using var doc = JsonDocument.Parse(_utf8);
        return doc.RootElement.GetArrayLength();
    }

    [Benchmark]
    public Json5Value Json5_Reader() => Json5Reader.Parse(_text);

    [Benchmark]
    public Json5Document Json5_Document() => Json5Document.Parse(_text);

    private static int Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(p => Walk(p.Value)) + 1,
        JsonArray a => a.Sum(Walk) + 1,
        _ => 1,
    };

    /// <summary>Short runs keep the whole suite under three minutes on a shared 2-core machine.</summary>
    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig() => AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(8).WithLaunchCount(1));
    }

    /// <summary>A deterministic config-like document: objects with strings, numbers, booleans, nested arrays.</summary>
    internal static class Document
    {
        public static string Build(int size)
        {
            var random = new Random(42);
            var sb = new StringBuilder("[\n");
            for (var i = 0; sb.Length < size; i++)
            {
                sb.Append(i == 0 ? "" : ",\n")
                  .Append("  {\"id\": ").Append(i)
                  .Append(", \"name\": \"agent-").Append(i).Append(" \\\"quoted\\\" \\u00e9\"")
                  .Append(", \"score\": ").Append((random.NextDouble() * 1000).ToString("R", CultureInfo.InvariantCulture))
                  .Append(", \"enabled\": ").Append(random.Next(2) == 0 ? "true" : "false")
                  .Append(", \"tags\": [\"alpha\", \"beta\", \"gamma\"], \"limits\": {\"maxTurns\": 40, \"timeout\": null}}");
            }

            return sb.Append("\n]\n").ToString();
        }
    }
}
