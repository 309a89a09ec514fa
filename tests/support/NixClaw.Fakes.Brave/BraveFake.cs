using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NixClaw.Fakes.Brave;

/// <summary>
/// A loopback Brave Search API (<c>GET /res/v1/web/search</c>) as <c>reference/apis.md</c> §4 describes it:
/// the key is checked before the parameters (missing → 422 VALIDATION with its <c>loc</c>, unknown → 422
/// SUBSCRIPTION_TOKEN_INVALID), <c>q</c>/<c>count</c>/<c>offset</c> validated, made-up results honouring count and
/// offset with <c>&lt;strong&gt;</c> highlights unless <c>text_decorations=false</c>, the four X-RateLimit headers,
/// per-second and monthly limits answering 429 (failed requests are not counted), gzip when asked.
/// </summary>
public sealed class BraveFake : IAsyncDisposable
{
    // Brave sends highlight tags as-is, not as \u003C escapes.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly BraveFakeOptions _options;
    private readonly ConcurrentQueue<BraveFakeRequest> _requests = new();
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _recent = [];
    private WebApplication? _app;
    private int _monthUsed;

    private BraveFake(BraveFakeOptions options) => _options = options;

    /// <summary>Base URL, for example <c>http://127.0.0.1:43211/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Requests received, in order.</summary>
    public IReadOnlyList<BraveFakeRequest> Requests => [.. _requests];

    /// <summary>When set, every search waits for this task before answering (to test client timeouts without sleeping).</summary>
    public Task? HoldResponses { get; set; }

    /// <summary>Completes when a held request has arrived.</summary>
    public TaskCompletionSource RequestHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<BraveFake> StartAsync(BraveFakeOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fake = new BraveFake(options ?? new BraveFakeOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/res/v1/web/search", fake.SearchAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        fake._app = app;
        return fake;
    }

    private async Task SearchAsync(HttpContext context)
    {
        var request = context.Request;
        var token = request.Headers.TryGetValue("X-Subscription-Token", out var t) ? t.ToString() : null;
        var (status, body) = Answer(request, token);
        _requests.Enqueue(new BraveFakeRequest(request.QueryString.Value ?? "", token, status));
        if (HoldResponses is { } hold)
        {
            RequestHeld.TrySetResult();
            await hold.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.StatusCode = status;
        if (status is 200 or 429)
        {
            AddRateLimitHeaders(context.Response);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(s_json));
        if (request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            using var packed = new MemoryStream();
            using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(bytes);
            }

            bytes = packed.ToArray();
            context.Response.Headers.ContentEncoding = "gzip";
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private (int Status, JsonNode Body) Answer(HttpRequest request, string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (422, Error(422, "VALIDATION", "Unable to validate request parameter(s)", "validation",
                new JsonArray(new JsonObject { ["type"] = "missing", ["loc"] = new JsonArray("header", "x-subscription-token"), ["msg"] = "Field required" })));
        }

        if (!_options.ValidKeys.Contains(token, StringComparer.Ordinal))
        {
            return (422, Error(422, "SUBSCRIPTION_TOKEN_INVALID", "The provided subscription token is invalid.", "authentication", null));
        }

        var q = request.Query["q"].ToString();
        var count = IntParam(request, "count", 20);
        var offset = IntParam(request, "offset", 0);
        if (q.Trim().Length == 0 || q.Length > 400 || q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 50
            || count is null or < 1 or > 20 || offset is null or < 0 or > 9)
        {
            return (422, Error(422, "VALIDATION", "Unable to validate request parameter(s)", "validation", new JsonArray()));
        }

        lock (_gate)
        {
            var now = _options.TimeProvider.GetUtcNow();
            _recent.RemoveAll(at => now - at >= TimeSpan.FromSeconds(1));
            if (_recent.Count >= _options.PerSecondLimit)
            {
                return (429, Error(429, "RATE_LIMITED", "Request rate limit exceeded for plan.", "rate_limiter", null));
            }

            if (_options.MonthlyQuota > 0 && _monthUsed >= _options.MonthlyQuota)
            {
                return (429, Error(429, "QUOTA_LIMITED", "Request quota limit exceeded for plan.", "rate_limiter", null));
            }

            // Only successful requests count.
            _recent.Add(now);
            _monthUsed++;
        }

        var decorate = !string.Equals(request.Query["text_decorations"], "false", StringComparison.OrdinalIgnoreCase);
        var body = new JsonObject
        {
            ["type"] = "search",
            ["query"] = new JsonObject { ["original"] = q, ["more_results_available"] = (offset.Value + 1) * count.Value < _options.AvailableResults },
        };
        if (!_options.NoWebResults)
        {
            var results = new JsonArray();
            for (var i = offset.Value * count.Value; i < Math.Min(_options.AvailableResults, (offset.Value + 1) * count.Value); i++)
            {
                var word = decorate ? $"<strong>{q}</strong>" : q;
                results.Add(new JsonObject
                {
                    ["type"] = "search_result",
                    ["title"] = $"Result {i + 1} for {q}",
                    ["url"] = $"https://example.org/{i + 1}?q={Uri.EscapeDataString(q)}",
                    ["description"] = $"All about {word}, part {i + 1}.",
                    ["page_age"] = "2025-01-15T00:00:00",
                    ["language"] = "en",
                    ["family_friendly"] = true,
                });
            }

            body["web"] = new JsonObject { ["type"] = "search", ["family_friendly"] = true, ["results"] = results };
        }

        return (200, body);
    }

    private void AddRateLimitHeaders(HttpResponse response)
    {
        lock (_gate)
        {
            var monthly = _options.MonthlyQuota;
            response.Headers["X-RateLimit-Limit"] = $"{_options.PerSecondLimit}, {monthly}";
            response.Headers["X-RateLimit-Policy"] = $"{_options.PerSecondLimit};w=1, {monthly};w=2592000";
            response.Headers["X-RateLimit-Remaining"] = $"{Math.Max(0, _options.PerSecondLimit - _recent.Count)}, {(monthly == 0 ? 0 : Math.Max(0, monthly - _monthUsed))}";
            response.Headers["X-RateLimit-Reset"] = "1, 1419704";
        }
    }

    private static int? IntParam(HttpRequest request, string name, int fallback) =>
        !request.Query.TryGetValue(name, out var v) ? fallback
        : int.TryParse(v.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
        : null;

    private static JsonObject Error(int status, string code, string detail, string component, JsonArray? errors)
    {
        var meta = new JsonObject { ["component"] = component };
        if (errors is not null)
        {
            meta["errors"] = errors;
        }

        return new JsonObject
        {
            ["type"] = "ErrorResponse",
            ["error"] = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["status"] = status,
                ["code"] = code,
                ["detail"] = detail,
                ["meta"] = meta,
            },
            ["time"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
