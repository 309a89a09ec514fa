namespace NixClaw.Fakes.OpenAi;

/// <summary>How the fake model endpoint behaves.</summary>
public sealed class FakeOpenAiOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>When set, requests must carry <c>Authorization: Bearer &lt;key&gt;</c> or get 401 <c>invalid_api_key</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>When set, other model names get 404 <c>model_not_found</c>; also what <c>GET /v1/models</c> lists.</summary>
    public IReadOnlyList<string>? KnownModels { get; init; }

    /// <summary>Answer every unscripted request at once with <c>echo: &lt;last user message&gt;</c> (load tests, demos).</summary>
    public bool EchoWhenUnscripted { get; init; }

    /// <summary>
    /// How long each answer takes before its first byte, asked once per request (null: at once). The gateway load
    /// benchmark uses it for a model's real latency: a fixed 500 ms, or a spread of 300 ms to 2 s.
    /// </summary>
    public Func<TimeSpan>? ReplyDelay { get; init; }

    /// <summary>Characters per streamed content delta.</summary>
    public int StreamChunkCharacters { get; init; } = 8;

    /// <summary>Keep at most this many recorded requests (oldest dropped); load tests lower it.</summary>
    public int MaxRecordedRequests { get; init; } = 10_000;
}
