using BenchmarkDotNet.Running;

namespace NixClaw.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/NixClaw.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "--profile":
                Profile.Run(IntArg(args, 1, 1000), IntArg(args, 2, 0));
                break;
            case "--loop":
                Profile.Loop(IntArg(args, 1, 1000), IntArg(args, 2, 0), IntArg(args, 3, 30));
                break;
            case "--write-project" when args.Length > 1:
                SyntheticProject.WriteSources(args[1], IntArg(args, 2, 1000), IntArg(args, 3, 0));
                break;
            case "--binding":
                ToolBindingBenchmarks.Interleaved(IntArg(args, 1, 200), IntArg(args, 2, 2000));
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }

    private static int IntArg(string[] args, int index, int fallback) =>
        args.Length > index ? int.Parse(args[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
