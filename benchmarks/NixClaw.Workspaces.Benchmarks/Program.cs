using System.Globalization;
using BenchmarkDotNet.Running;
using NixClaw.Workspaces.Benchmarks;

// `--quick [workspaces] [rounds]`: stopwatch timings; anything else goes to BenchmarkDotNet (`--filter '*'`).
if (args.Length > 0 && args[0] == "--quick")
{
    var workspaces = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
    var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    await QuickRun.RunAsync(workspaces, rounds);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyncBenchmarks).Assembly).Run(args);
