using System.Globalization;
using BenchmarkDotNet.Running;

namespace NixClaw.Sandbox.Benchmarks;

/// <summary>
/// Entry point, after <c>scripts/setup</c> (as root, or as the sandbox user):
/// <c>dotnet run -c Release --project benchmarks/NixClaw.Sandbox.Benchmarks -- --filter '*'</c> (BenchmarkDotNet), or
/// <c>... -- --paired 40</c> (the variants interleaved, for a machine whose load changes).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--paired", var rounds])
        {
            PairedRun.Run(int.Parse(rounds, CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
