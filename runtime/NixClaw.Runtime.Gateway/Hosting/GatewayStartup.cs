using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>
/// How far the start has come: what the gateway is waiting for (shown by <c>/status</c> as <c>starting</c>), a debug
/// line per stage with the time since the start, and <see cref="Connected"/> once Mattermost accepted the token.
/// </summary>
internal sealed partial class GatewayStartup(ILoggerFactory loggerFactory)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ILogger _log = loggerFactory.CreateLogger(GatewayHost.LogCategory);
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _waiting;

    /// <summary>What the start waits for, or null once it waits for nothing.</summary>
    public string? Waiting
    {
        get => Volatile.Read(ref _waiting);
        set => Volatile.Write(ref _waiting, value);
    }

    /// <summary>Completes when Mattermost accepted the token and the bot's channels and allowed senders are known.</summary>
    public Task Connected => _connected.Task;

    /// <summary>Logs (at debug level) that <paramref name="stage"/> is reached.</summary>
    public void Reached(string stage) => LogStage(_log, stage, _clock.Elapsed.TotalMilliseconds);

    /// <summary>Marks the connection made: posts may flow.</summary>
    public void SetConnected() => _connected.TrySetResult();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Start-up: {Stage} after {ElapsedMs} ms")]
    private static partial void LogStage(ILogger logger, string stage, double elapsedMs);
}
