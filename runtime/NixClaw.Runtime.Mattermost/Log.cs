using Microsoft.Extensions.Logging;

namespace NixClaw.Runtime.Mattermost;

/// <summary>Log messages of the Mattermost client; tokens never appear in them.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Mattermost {Method} {Path} answered {Status}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string path, int status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Mattermost {Method} {Path} failed ({Reason}); retry {Attempt} in {Delay}")]
    public static partial void RetryingAfterFailure(ILogger logger, string method, string path, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Mattermost WebSocket connected (connection {ConnectionId}, resumed: {Resumed})")]
    public static partial void Connected(ILogger logger, string connectionId, bool resumed);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Mattermost WebSocket lost ({Reason}); reconnect {Attempt} in {Delay}")]
    public static partial void Reconnecting(ILogger logger, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 12, Level = LogLevel.Information, Message = "Mattermost catch-up after a gap: {Channels} channels, {Posts} posts")]
    public static partial void CaughtUp(ILogger logger, int channels, int posts);

    [LoggerMessage(EventId = 13, Level = LogLevel.Warning, Message = "Mattermost catch-up of channel {ChannelId} failed: {Reason}")]
    public static partial void CatchUpFailed(ILogger logger, string channelId, string reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Error, Message = "Mattermost rejected the bot token; the listener stops")]
    public static partial void Unauthorized(ILogger logger);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Mattermost WebSocket frame skipped (event {EventName}): {Reason}")]
    public static partial void FrameSkipped(ILogger logger, string eventName, string reason);

    [LoggerMessage(EventId = 17, Level = LogLevel.Error, Message = "Mattermost WebSocket frame (event {EventName}) could not be handled; the connection is closed and resumed")]
    public static partial void FrameFailed(ILogger logger, Exception exception, string eventName);

    [LoggerMessage(EventId = 18, Level = LogLevel.Error, Message = "Mattermost listener connection failed unexpectedly; reconnecting")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "Mattermost event sequence gap: expected {Expected}, got {Actual}")]
    public static partial void SequenceGap(ILogger logger, long expected, long actual);
}
