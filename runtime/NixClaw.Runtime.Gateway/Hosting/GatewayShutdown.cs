namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// How the gateway stops: a service that finds the gateway cannot go on (Mattermost rejected the token) asks for a stop
/// with an exit code; <see cref="RunningGateway"/> carries it out and sets <see cref="Grace"/> for the drain.
/// </summary>
internal sealed class GatewayShutdown(GatewayOptions options)
{
    private readonly TaskCompletionSource<int> _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the exit code of the first stop a service asked for.</summary>
    public Task<int> Requested => _requested.Task;

    /// <summary>Time running turns get to finish once posts are no longer taken.</summary>
    public TimeSpan Grace { get; set; } = options.ShutdownGrace;

    /// <summary>Asks for a stop with <paramref name="exitCode"/> (the first request wins).</summary>
    public void Request(int exitCode) => _requested.TrySetResult(exitCode);
}
