using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NixClaw.Runtime.Mattermost;

/// <summary>The HTTP exchange under every call: URL building, retries with backoff and Retry-After, and typed errors.</summary>
public sealed partial class MattermostClient
{
    internal static Uri NormalizeBaseUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Mattermost URL '{baseUrl}' must be an absolute http(s) URL.", nameof(baseUrl));
        }

        var text = baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (text.EndsWith("/api/v4", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^"/api/v4".Length];
        }

        return new Uri(text + "/");
    }

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }

    private static async Task<T?> OrNullOn404<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call.ConfigureAwait(false);
        }
        catch (MattermostApiException ex) when (ex.IsNotFound)
        {
            return null;
        }
    }

    private long NextPendingPostMs()
    {
        // Unique per client even for posts created in the same millisecond: a shared id would drop the second post.
        var now = Options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        while (true)
        {
            var last = Interlocked.Read(ref _lastPendingPostMs);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _lastPendingPostMs, next, last) == last)
            {
                return next;
            }
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string relative, object? body, bool idempotent, CancellationToken cancellationToken)
    {
        var path = relative.Split('?', 2)[0];
        var uri = new Uri(_apiBase, relative);
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var canRetry = attempt < Options.MaxRetries;
            TimeSpan delay;
            try
            {
                var (status, text, response) = await SendOnceAsync(method, uri, body, cancellationToken).ConfigureAwait(false);
                if ((int)status is >= 200 and < 300)
                {
                    return Deserialize<T>(text, method, path);
                }

                var error = ToException(status, text, response, method, path);
                if (status == HttpStatusCode.TooManyRequests && canRetry)
                {
                    // The rate limiter rejects before the handler runs, so even a non-idempotent call is safe to repeat.
                    delay = RetryAfter(response) ?? NextBackoff(attempt);
                }
                else if ((int)status >= 500 && idempotent && canRetry)
                {
                    delay = NextBackoff(attempt);
                }
                else
                {
                    throw error;
                }

                Log.Retrying(_logger, method.Method, path, (int)status, attempt + 1, delay);
            }
            catch (HttpRequestException ex) when (idempotent && canRetry && ex.StatusCode is null)
            {
                delay = NextBackoff(attempt);
                Log.RetryingAfterFailure(_logger, method.Method, path, ex.Message, attempt + 1, delay);
            }
            catch (TimeoutException ex) when (idempotent && canRetry)
            {
                delay = NextBackoff(attempt);
                Log.RetryingAfterFailure(_logger, method.Method, path, ex.Message, attempt + 1, delay);
            }

            await Task.Delay(delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(HttpStatusCode Status, string Text, HttpResponseHeaders Headers)> SendOnceAsync(
        HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        var token = await Options.TokenProvider(cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: MattermostJson.Options);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return (response.StatusCode, text, response.Headers);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Mattermost {method.Method} {uri.AbsolutePath} timed out after {Options.RequestTimeout}.");
        }
    }

    private TimeSpan NextBackoff(int attempt) =>
        RetryBackoff.Delay(attempt, Options.RetryBaseDelay, Options.MaxRetryDelay, Random.Shared.NextDouble());

    private TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        // Mattermost sends Retry-After and X-RateLimit-Reset as seconds until the limit resets.
        foreach (var name in (string[])["Retry-After", "X-RateLimit-Reset"])
        {
            if (headers.TryGetValues(name, out var values)
                && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                && seconds >= 0)
            {
                var delay = TimeSpan.FromSeconds(seconds);
                return delay > Options.MaxRetryDelay ? Options.MaxRetryDelay : delay;
            }
        }

        return null;
    }

    private static T Deserialize<T>(string text, HttpMethod method, string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, MattermostJson.Options)
                ?? throw new JsonException("null body");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Mattermost {method.Method} {path} returned a body that is not a valid {typeof(T).Name}: {ex.Message}", ex);
        }
    }

    private static MattermostApiException ToException(HttpStatusCode status, string text, HttpResponseHeaders headers, HttpMethod method, string path)
    {
        var requestId = headers.TryGetValues("X-Request-Id", out var ids) ? ids.FirstOrDefault() : null;
        string? errorId = null;
        var message = text.Trim();
        try
        {
            // A 429 is plain text; an AppError is JSON. Parse only what looks like an object.
            if (message.StartsWith('{'))
            {
                using var document = JsonDocument.Parse(message);
                var root = document.RootElement;
                if (root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    errorId = id.GetString();
                }

                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    message = m.GetString() ?? "";
                }

                if (root.TryGetProperty("request_id", out var r) && r.ValueKind == JsonValueKind.String && r.GetString() is { Length: > 0 } rid)
                {
                    requestId = rid;
                }
            }
        }
        catch (JsonException)
        {
            // Not an AppError: keep the raw text as the message.
        }

        return new MattermostApiException(status, errorId, message, requestId, method.Method, path);
    }
}
