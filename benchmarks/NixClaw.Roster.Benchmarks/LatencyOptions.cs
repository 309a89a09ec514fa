using System.Globalization;

namespace NixClaw.Roster.Benchmarks;

/// <summary>Command-line settings of the latency run.</summary>
internal sealed record LatencyOptions(int Edits, int Agents, TimeSpan Debounce)
{
    public static LatencyOptions Parse(string[] args)
    {
        int edits = 200, agents = 20, debounceMs = 25;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--edits": edits = value; break;
                case "--agents": agents = value; break;
                case "--debounce-ms": debounceMs = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new LatencyOptions(edits, agents, TimeSpan.FromMilliseconds(debounceMs));
    }
}
