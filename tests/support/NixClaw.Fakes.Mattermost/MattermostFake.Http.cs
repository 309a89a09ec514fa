using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.Mattermost;

/// <summary>The REST side: routing each request of API v4 to the state, authentication, Mattermost's error bodies and rate-limit headers.</summary>
public sealed partial class MattermostFake
{
    private async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var request = context.Request;
        var response = context.Response;
        var requestId = FakeIds.New();
        response.Headers["X-Request-Id"] = requestId;
        response.Headers["X-Version-Id"] = $"{_options.ServerVersion}.0.fake.false";
        if (HttpMethods.IsGet(request.Method))
        {
            response.Headers.Expires = "0";
        }

        var path = request.Path.Value ?? "";
        var caller = Authenticate(request);
        if (path.TrimEnd('/') == "/api/v4/websocket")
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                await WriteErrorAsync(context, requestId, 400, "api.web_socket.connect.upgrade.app_error", "Failed to upgrade websocket connection.").ConfigureAwait(false);
                return;
            }

            await _hub.HandleAsync(context, caller).ConfigureAwait(false);
            return;
        }

        var isControl = request.Headers.ContainsKey(ControlHeader);
        FakeApiException? injected = null;
        MattermostFakeFaults.Rule? rule = null;
        if (!isControl)
        {
            if (Faults.Delay is { } delay && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }

            rule = Faults.Take(request.Method, path);
            if (rule is { Status: 429 })
            {
                await WriteRateLimitedAsync(context, rule.RetryAfter).ConfigureAwait(false);
                Record(request, 429, caller);
                return;
            }

            if (rule is { Body: { } replaced })
            {
                response.StatusCode = 200;
                response.ContentType = "application/json";
                await response.WriteAsync(replaced, context.RequestAborted).ConfigureAwait(false);
                Record(request, 200, caller);
                return;
            }

            if (rule is { IsAfterHandling: false })
            {
                await WriteErrorAsync(context, requestId, rule.Status, ErrorIdFor(rule.Status), "Injected failure.").ConfigureAwait(false);
                Record(request, rule.Status, caller);
                return;
            }

            if (rule is not null)
            {
                injected = new FakeApiException(rule.Status, ErrorIdFor(rule.Status), "Injected failure after handling.");
            }
        }

        if (_options.RateLimitHeaders)
        {
            SetRateLimitHeaders(response, remaining: 9, resetSeconds: 1);
        }

        int status;
        try
        {
            if (caller is null)
            {
                throw new FakeApiException(401, "api.context.session_expired.app_error", "Invalid or expired session, please login again.");
            }

            if (!path.StartsWith("/api/v4/", StringComparison.Ordinal))
            {
                throw new FakeApiException(404, "api.context.404.app_error", "Sorry, we could not find the page.");
            }

            var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
            var segments = path["/api/v4/".Length..].TrimEnd('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
            var (okStatus, result) = _api.Dispatch(caller, request.Method.ToUpperInvariant(), segments, request.Query, body);
            if (PostCreated is { } postCreated && okStatus == 201 && segments is ["posts"] && result is Dictionary<string, object?> post)
            {
                postCreated(new FakePostTiming((string)post["id"]!, (string)post["root_id"]!, (string)post["user_id"]!, (string)post["message"]!, arrived, Stopwatch.GetTimestamp()));
            }

            if (injected is not null)
            {
                throw injected;
            }

            status = okStatus;
            response.StatusCode = okStatus;
            response.ContentType = "application/json";
            // Go's json.Encoder ends success bodies with a newline.
            await response.WriteAsync(JsonSerializer.Serialize(result) + "\n", context.RequestAborted).ConfigureAwait(false);
        }
        catch (FakeApiException ex)
        {
            status = ex.Status;
            await WriteErrorAsync(context, requestId, ex.Status, ex.Id, ex.Message).ConfigureAwait(false);
        }

        Record(request, status, caller);
    }

    private FakeUser? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        string? token = null;
        var space = header.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            var scheme = header[..space];
            if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals("Token", StringComparison.OrdinalIgnoreCase))
            {
                token = header[(space + 1)..].Trim();
            }
        }

        token ??= request.Query["access_token"].ToString() is { Length: > 0 } queryToken ? queryToken : null;
        return token is null ? null : _state.UserByToken(token);
    }

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return default;
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        if (text.Length > 300_000 + 512)
        {
            throw new FakeApiException(413, "api.context.request_body_too_large.app_error", "The request body is too large.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new FakeApiException(400, "api.context.invalid_body_param.app_error", "Invalid or missing body in request body.");
        }
    }

    private static string ErrorIdFor(int status) => status switch
    {
        401 => "api.context.session_expired.app_error",
        403 => "api.context.permissions.app_error",
        503 => "api.context.server_busy.app_error",
        _ => "app.fake.injected_failure.app_error",
    };

    private static async Task WriteErrorAsync(HttpContext context, string requestId, int status, string id, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        // AppError bodies come from json.Marshal: no trailing newline.
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = id,
            ["message"] = message,
            ["detailed_error"] = "",
            ["request_id"] = requestId,
            ["status_code"] = status,
        });
        await context.Response.WriteAsync(body).ConfigureAwait(false);
    }

    private static async Task WriteRateLimitedAsync(HttpContext context, int retryAfterSeconds)
    {
        var response = context.Response;
        SetRateLimitHeaders(response, remaining: 0, resetSeconds: retryAfterSeconds);
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.StatusCode = 429;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync("limit exceeded\n").ConfigureAwait(false);
    }

    private static void SetRateLimitHeaders(HttpResponse response, int remaining, int resetSeconds)
    {
        response.Headers["X-RateLimit-Limit"] = "10";
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
    }

    private void Record(HttpRequest request, int status, FakeUser? caller)
    {
        lock (_logGate)
        {
            _requests.Add(new FakeRequest(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", status, caller?.Id));
        }
    }
}
