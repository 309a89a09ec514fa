using BenchmarkDotNet.Running;

namespace NixClaw.Json5.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/NixClaw.Json5.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
