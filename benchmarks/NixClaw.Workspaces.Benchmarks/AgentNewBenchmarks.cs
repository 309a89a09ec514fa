using BenchmarkDotNet.Attributes;
using NixClaw.Runtime.Workspaces.Lifecycle;

namespace NixClaw.Workspaces.Benchmarks;

/// <summary><c>agent new</c> end to end: repository, workspace from the template, shared files, first push, channel, members, roster.</summary>
[Config(typeof(InProcessMonitoringConfig))]
public class AgentNewBenchmarks
{
    private BenchEnvironment _env = null!;
    private int _next;

    [GlobalSetup]
    public void Setup() => _env = BenchEnvironment.StartAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _env.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public LifecycleReport AgentNew() => _env.Lifecycle.NewAsync($"agent{Interlocked.Increment(ref _next):D4}").GetAwaiter().GetResult();

    /// <summary>The same command run again for an agent that exists: every step finds its work done.</summary>
    [Benchmark]
    public LifecycleReport AgentNew_Rerun() => _env.Lifecycle.NewAsync("rerun").GetAwaiter().GetResult();
}
