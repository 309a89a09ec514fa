using System.Globalization;
using System.Reflection;

namespace NixClaw.GatewayBenchmarks;

/// <summary>What one run of the load benchmark does.</summary>
internal sealed record LoadOptions
{
    public const string Usage = """
        usage: NixClaw.Gateway.Benchmarks [--messages N] [--warmup N] [--concurrency N] [--rate N] [--model-latency MS|MIN-MAX]
                                          [--idle S] [--program PATH --config DIR]
          --messages       measured messages (default 5000; 1200 with a model latency)
          --warmup         messages before the measured ones (default 500; 200 with a model latency)
          --concurrency    senders posting at once (default 32)
          --rate           messages/s on a fixed schedule; 0 posts as fast as the senders can (default 0; 20 with a model latency)
          --model-latency  how long the model takes per answer: 0 (default), a fixed time (500) or a uniform spread (300-2000), in ms
          --idle           seconds from ready to reading the idle RSS (default 3)
          --program        the declarations program whose gateway verb runs (default: NixClaw.Gateway.Benchmarks.Host's build)
          --config         the generated openclaw folder of that program's host, installed as the gateway's config folder
                           as the Home Manager activation installs it (default: the one NixClaw.Gateway.Benchmarks.Host's build wrote)
        """;

    public int Messages { get; init; } = 5000;

    public int Warmup { get; init; } = 500;

    public int Concurrency { get; init; } = 32;

    /// <summary>Seconds from ready to reading the idle RSS.</summary>
    public int IdleSeconds { get; init; } = 3;

    /// <summary>Messages per second; 0: as fast as the senders can (the gateway saturates and queues).</summary>
    public int Rate { get; init; }

    /// <summary>The model's time per answer, in ms: fixed when both ends are equal.</summary>
    public (int Min, int Max) ModelLatencyMs { get; init; }

    public required string Program { get; init; }

    public required string ConfigFolder { get; init; }

    public bool HasModelLatency => ModelLatencyMs.Max > 0;

    public string ModelLatencyText => !HasModelLatency ? "none (echo at once)"
        : ModelLatencyMs.Min == ModelLatencyMs.Max ? $"{ModelLatencyMs.Min} ms"
        : $"{ModelLatencyMs.Min}-{ModelLatencyMs.Max} ms, uniform";

    /// <exception cref="FormatException">An unknown option or a bad value.</exception>
    public static LoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new FormatException($"'{args[i]}' is not an option with a value");
            }

            values[args[i]] = args[i + 1];
        }

        int Number(string name, int fallback)
        {
            if (!values.Remove(name, out var text))
            {
                return fallback;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"{name} '{text}' is not a whole number");
        }

        var latency = values.Remove("--model-latency", out var latencyText) ? ParseLatency(latencyText) : (0, 0);
        var realistic = latency.Item2 > 0;
        var program = values.Remove("--program", out var path) ? Path.GetFullPath(path) : Built("GatewayProgram");
        var config = values.Remove("--config", out var folder) ? Path.GetFullPath(folder) : Built("GatewayConfig");
        var options = new LoadOptions
        {
            ModelLatencyMs = latency,
            Messages = Number("--messages", realistic ? 1200 : 5000),
            Warmup = Number("--warmup", realistic ? 200 : 500),
            Concurrency = Number("--concurrency", 32),
            Rate = Number("--rate", realistic ? 20 : 0),
            IdleSeconds = Number("--idle", 3),
            Program = program,
            ConfigFolder = config,
        };
        if (values.Count > 0)
        {
            throw new FormatException($"unknown option {values.Keys.First()}");
        }

        return options;
    }

    private static (int, int) ParseLatency(string text)
    {
        var parts = text.Split('-');
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return numbers switch
        {
            [var fixedMs and >= 0] => (fixedMs, fixedMs),
            [var min and >= 0, var max] when max >= min => (min, max),
            _ => throw new FormatException($"--model-latency '{text}' is neither milliseconds (500) nor a range (300-2000)"),
        };
    }

    private static string Built(string key) =>
        typeof(LoadOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
