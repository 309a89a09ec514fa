using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static NixClaw.Runtime.Mattermost.Tests.TestFakes;

namespace NixClaw.Runtime.Mattermost.Tests;

/// <summary>The fake's REST wire format against apis.md §1 (headers, bodies), below the client.</summary>
public sealed class FakeRestProtocolTests
{
    [Fact]
    public async Task Success_and_error_bodies_have_mattermost_headers_and_shapes()
    {
        await using var fake = await StartAsync();
        using var http = new HttpClient();
        using var ok = new HttpRequestMessage(HttpMethod.Get, new Uri(fake.BaseUrl, "api/v4/users/me"));
        ok.Headers.Authorization = new AuthenticationHeaderValue("BEARER", fake.Bot.Token);
        using var okResponse = await http.SendAsync(ok, Ct);
        var okBody = await okResponse.Content.ReadAsStringAsync(Ct);
        using var missing = await http.GetAsync(new Uri(fake.BaseUrl, "api/v4/users/me"), Ct);
        var errorBody = await missing.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, okResponse.StatusCode);
        Assert.Equal("application/json", okResponse.Content.Headers.ContentType?.ToString());
        Assert.EndsWith("\n", okBody, StringComparison.Ordinal);
        Assert.Equal(26, okResponse.Headers.GetValues("X-Request-Id").Single().Length);
        Assert.True(okResponse.Headers.Contains("X-Version-Id"));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.False(errorBody.EndsWith('\n'));
        using var error = JsonDocument.Parse(errorBody);
        Assert.Equal("api.context.session_expired.app_error", error.RootElement.GetProperty("id").GetString());
        Assert.Equal(401, error.RootElement.GetProperty("status_code").GetInt32());
        Assert.Equal("", error.RootElement.GetProperty("detailed_error").GetString());
        Assert.Equal(missing.Headers.GetValues("X-Request-Id").Single(), error.RootElement.GetProperty("request_id").GetString());
    }

    [Fact]
    public async Task Rate_limited_response_is_plain_text_with_headers()
    {
        await using var fake = await StartAsync();
        fake.Faults.RateLimitNext(1, retryAfterSeconds: 2);
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(fake.BaseUrl, "api/v4/users/me"), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("limit exceeded\n", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("2", response.Headers.GetValues("X-RateLimit-Reset").Single());
        Assert.Equal("0", response.Headers.GetValues("X-RateLimit-Remaining").Single());
    }
}
