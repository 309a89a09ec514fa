namespace NixClaw.Fakes.OpenAi;

/// <summary>One scripted answer of the fake model endpoint.</summary>
public abstract record FakeReply
{
    /// <summary>A plain assistant message.</summary>
    public static FakeReply Text(string content, string finishReason = "stop") => new TextReply(content, finishReason);

    /// <summary>One or several tool calls (ids <c>call_&lt;n&gt;</c>, arguments as JSON strings).</summary>
    public static FakeReply Tools(params FakeToolCall[] calls) => new ToolCallsReply(calls, "tool_calls");

    /// <summary>Tool calls reported with <c>finish_reason: "stop"</c>, as older local servers do.</summary>
    public static FakeReply ToolsWithStopReason(params FakeToolCall[] calls) => new ToolCallsReply(calls, "stop");

    /// <summary>An OpenAI error body with the given status; <paramref name="retryAfter"/> sets <c>retry-after</c> (seconds).</summary>
    public static FakeReply Error(int status, string type = "server_error", string? code = null, string message = "scripted error", int? retryAfter = null, int? retryAfterMs = null) =>
        new ErrorReply(status, type, code, message, retryAfter, retryAfterMs);

    /// <summary>429 <c>rate_limit_exceeded</c> with <c>retry-after</c>.</summary>
    public static FakeReply RateLimited(int retryAfterSeconds = 1) =>
        new ErrorReply(429, "requests", "rate_limit_exceeded", "Rate limit reached", retryAfterSeconds, null);

    /// <summary>Never answers until the client gives up (or <see cref="FakeOpenAiServer.ReleaseHangs"/> is called).</summary>
    public static FakeReply Hang() => new HangReply();

    /// <summary>200 with a body that is not JSON.</summary>
    public static FakeReply Malformed() => new MalformedReply();

    /// <summary>Streams part of the answer, then drops the connection before <c>[DONE]</c> (non-streamed: drops at once).</summary>
    public static FakeReply DropConnection(string partialContent = "partial") => new DropReply(partialContent);

    /// <summary>A mid-stream <c>data: {"error":...}</c> event (non-streamed: a 500).</summary>
    public static FakeReply MidStreamError(string message = "stream failed") => new MidStreamErrorReply(message);
}

/// <summary>A plain assistant message.</summary>
public sealed record TextReply(string Content, string FinishReason) : FakeReply;

/// <summary>Assistant tool calls.</summary>
public sealed record ToolCallsReply(IReadOnlyList<FakeToolCall> Calls, string FinishReason) : FakeReply;

/// <summary>An error response.</summary>
public sealed record ErrorReply(int Status, string Type, string? Code, string Message, int? RetryAfterSeconds, int? RetryAfterMs) : FakeReply;

/// <summary>No response until the request is aborted.</summary>
public sealed record HangReply : FakeReply;

/// <summary>A 200 body that is not JSON.</summary>
public sealed record MalformedReply : FakeReply;

/// <summary>Connection dropped before the end.</summary>
public sealed record DropReply(string PartialContent) : FakeReply;

/// <summary>An error event inside a stream.</summary>
public sealed record MidStreamErrorReply(string Message) : FakeReply;
