using BenchmarkDotNet.Running;

namespace NixClaw.Sandbox.Benchmarks;

/// <summary>
/// Entry point: <c>scripts/setup</c>, then (as root, or as the sandbox user)
/// <c>dotnet run -c Release --project benchmarks/NixClaw.Sandbox.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
