using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Gateway.Hosting;

/// <summary>Gateway-level log lines that belong to no one service.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The state database cannot be written ({Reason}): no new posts are taken; retrying every {RetrySeconds} s")]
    public static partial void StateUnwritable(ILogger logger, string reason, double retrySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "The state database can be written again: taking posts")]
    public static partial void StateWritable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: running turns get {GraceSeconds} s to finish")]
    public static partial void Stopping(ILogger logger, double graceSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped ({Answered} answered, {Abandoned} abandoned for the next start)")]
    public static partial void Stopped(ILogger logger, long answered, long abandoned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stopping failed")]
    public static partial void StopFailed(ILogger logger, Exception exception);
}
