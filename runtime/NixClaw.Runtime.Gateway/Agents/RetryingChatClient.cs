using System.ClientModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// Retries one model call (below function invocation, so tools never run twice) on 408/409/429/5xx, timeouts and
/// dropped connections: honours <c>retry-after-ms</c> and <c>retry-after</c>, else exponential backoff; waits use the
/// injected <see cref="TimeProvider"/>. Streaming calls pass through unretried: the gateway does not stream.
/// </summary>
internal sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly string _model;
    private readonly ModelRetryPolicy _policy;
    private readonly TimeProvider _time;
    private readonly Action<ModelRetry>? _onRetry;

    public RetryingChatClient(IChatClient inner, string model, ModelRetryPolicy policy, TimeProvider time, Action<ModelRetry>? onRetry)
        : base(inner)
    {
        _model = model;
        _policy = policy;
        _time = time;
        _onRetry = onRetry;
    }

    /// <inheritdoc/>
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyCollection<ChatMessage> ?? [.. messages];
        for (var attempt = 1; ; attempt++)
        {
            using var attemptTimeout = new CancellationTokenSource(_policy.AttemptTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
            ModelCallFailure failure;
            Exception error;
            try
            {
                return await base.GetResponseAsync(list, options, linked.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = Classify(ex, attemptTimeout.IsCancellationRequested);
                error = ex;
            }

            if (!failure.IsRetryable || attempt >= _policy.MaxAttempts)
            {
                throw new ModelCallFailedException(_model, failure, attempt, error);
            }

            var delay = failure.RetryAfter is { } requested
                ? TimeSpan.FromTicks(Math.Min(requested.Ticks, _policy.MaxDelay.Ticks))
                : _policy.BackoffBefore(attempt + 1);

            // Start the wait before reporting it, so a test's fake clock can be advanced as soon as it hears of it.
            var wait = Task.Delay(delay, _time, cancellationToken);
            _onRetry?.Invoke(new ModelRetry(_model, attempt, failure, delay));
            await wait.ConfigureAwait(false);
        }
    }

    /// <summary>Sorts an attempt's exception into retryable or not, with a short description.</summary>
    public static ModelCallFailure Classify(Exception exception, bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (timedOut && exception is OperationCanceledException)
        {
            return new ModelCallFailure("timed out", true, null);
        }

        if (exception is ClientResultException { Status: > 0 } http)
        {
            var response = http.GetRawResponse();
            var code = ErrorCode(response);
            var description = code is null ? $"HTTP {http.Status}" : $"HTTP {http.Status} {code}";
            var retryable = http.Status is 408 or 409 or 429 or >= 500 && code != "insufficient_quota";
            if (response is not null && response.Headers.TryGetValue("x-should-retry", out var should) && should is "true" or "false")
            {
                retryable = should == "true";
            }

            return new ModelCallFailure(description, retryable, RetryAfter(response));
        }

        return exception switch
        {
            ClientResultException or HttpRequestException or IOException => new ModelCallFailure("connection failed", true, null),
            OperationCanceledException => new ModelCallFailure("connection aborted", true, null),
            _ => new ModelCallFailure($"unreadable response ({exception.GetType().Name})", true, null),
        };
    }

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        if (response.Headers.TryGetValue("retry-after", out var after))
        {
            if (double.TryParse(after, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                var wait = at - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return null;
    }

    // OpenAI: {"error":{"code":..,"type":..}}; vLLM: {"object":"error","code"|"type"}. Never the human text.
    private static string? ErrorCode(System.ClientModel.Primitives.PipelineResponse? response)
    {
        try
        {
            if (response?.Content is not { } content)
            {
                return null;
            }

            using var document = JsonDocument.Parse(content.ToMemory());
            var root = document.RootElement;
            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
            foreach (var name in (string[])["code", "type"])
            {
                if (error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text)
                {
                    return text;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON (a proxy's HTML page): the status alone describes it.
        }

        return null;
    }
}
