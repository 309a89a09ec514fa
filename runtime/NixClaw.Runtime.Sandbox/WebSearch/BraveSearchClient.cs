using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NixClaw.Runtime.Sandbox.WebSearch;

/// <summary>
/// Brave Search web results (<c>GET /res/v1/web/search</c>, key in <c>X-Subscription-Token</c>).
/// Errors: 401/403/422 with <c>SUBSCRIPTION_TOKEN_INVALID</c> mean a bad key; 429 is a rate or quota limit,
/// retried after the first <c>X-RateLimit-Reset</c> value by the caller; the key never appears in a message.
/// </summary>
internal sealed partial class BraveSearchClient(HttpClient http, Uri baseUrl, TimeProvider timeProvider)
{
    /// <summary>Brave's production endpoint.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://api.search.brave.com/");

    /// <summary>Searches the web.</summary>
    /// <param name="apiKey">Subscription token.</param>
    /// <param name="query">Query: non-empty, at most 400 characters and 50 words (Brave's limits).</param>
    /// <param name="count">Results wanted, 1 to 20.</param>
    /// <param name="timeout">Wall-clock limit of the request.</param>
    /// <param name="cancellationToken">Caller's cancellation.</param>
    public async Task<IReadOnlyList<WebSearchResult>> SearchAsync(string apiKey, string query, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        query = (query ?? "").Trim();
        if (query.Length == 0 || query.Length > 400 || query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > 50)
        {
            throw new WebSearchException("The query must be 1 to 400 characters and at most 50 words.");
        }

        count = Math.Clamp(count, 1, 20);
        var uri = new Uri(baseUrl, "res/v1/web/search?q=" + Uri.EscapeDataString(query)
            + "&count=" + count.ToString(CultureInfo.InvariantCulture) + "&text_decorations=false");
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add("X-Subscription-Token", apiKey);
        request.Headers.Accept.ParseAdd("application/json");

        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw Failure(response, body);
            }

            return Parse(body, count);
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new WebSearchException($"The web search timed out after {timeout.TotalSeconds:0.#} s.", e);
        }
        catch (HttpRequestException e)
        {
            throw new WebSearchException($"The web search service could not be reached: {e.Message}", e);
        }
    }

    private static List<WebSearchResult> Parse(string body, int count)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "search")
            {
                throw new WebSearchException("The web search service answered with something that is not a Brave search response.");
            }

            // No "web" key means no web results.
            if (!root.TryGetProperty("web", out var web) || !web.TryGetProperty("results", out var results))
            {
                return [];
            }

            return results.EnumerateArray()
                .Take(count)
                .Select(r => new WebSearchResult(
                    StripTags(Text(r, "title")),
                    Text(r, "url"),
                    StripTags(Text(r, "description")),
                    r.TryGetProperty("page_age", out var age) && age.ValueKind == JsonValueKind.String ? age.GetString() : null))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new WebSearchException("The web search response is not valid Brave JSON.", e);
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static string StripTags(string text) => WebUtility.HtmlDecode(Tags().Replace(text, ""));

    [GeneratedRegex("<[^>]{1,40}>")]
    private static partial Regex Tags();

    private static WebSearchException Failure(HttpResponseMessage response, string body)
    {
        var (code, detail) = ErrorOf(body);
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            int? reset = response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
                && int.TryParse(values.First().Split(',')[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                ? seconds : null;
            var what = code == "QUOTA_LIMITED" ? "the monthly quota is used up" : "the rate limit was hit";
            return new WebSearchException($"Web search refused: {what} ({code ?? "429"})" + (reset is { } r ? $"; retry in {r} s." : "."))
            {
                RetryAfterSeconds = reset,
            };
        }

        if (status is 401 or 403 || code is "SUBSCRIPTION_TOKEN_INVALID" or "SUBSCRIPTION_NOT_FOUND")
        {
            return new WebSearchException($"Web search refused: the API key is invalid or missing (HTTP {status} {code}).");
        }

        return new WebSearchException($"Web search failed: HTTP {status} {code}: {detail}");
    }

    // Brave's schema has one "error" object; its docs' examples show an "errors" array. Accept both.
    private static (string? Code, string? Detail) ErrorOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var error = root.TryGetProperty("error", out var e) ? e
                : root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 ? list[0]
                : default;
            return error.ValueKind == JsonValueKind.Object ? (Text(error, "code"), Text(error, "detail")) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
