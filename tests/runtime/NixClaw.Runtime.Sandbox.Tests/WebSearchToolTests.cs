using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using NixClaw.Bindings;
using NixClaw.Fakes.Brave;
using NixClaw.Runtime.Sandbox.Tools;

namespace NixClaw.Runtime.Sandbox.Tests;

/// <summary><c>web_search</c> against the loopback Brave fake: count, key, rate limit, timeout.</summary>
public sealed class WebSearchToolTests : IAsyncDisposable
{
    private const string Key = "test-brave-key";
    private readonly string _secretFile = Path.GetTempFileName();
    private readonly HttpClient _http = new();
    private BraveFake? _fake;

    public async ValueTask DisposeAsync()
    {
        File.Delete(_secretFile);
        _http.Dispose();
        if (_fake is not null)
        {
            await _fake.DisposeAsync();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AIFunction> ToolAsync(BraveFakeOptions? options = null, string key = Key, int maxResults = 5, TimeProvider? time = null)
    {
        _fake = await BraveFake.StartAsync(options, Ct);
        await File.WriteAllTextAsync(_secretFile, key + "\n", Ct);
        var agent = TestHost.Agent(["web_search"], webSearchKey: new SecretInfo("brave/key", _secretFile, "gateway", "0400"), maxResults: maxResults);
        var env = new AgentToolEnvironment
        {
            WorkspaceDirectory = Path.GetTempPath(),
            BraveBaseUrl = _fake.BaseUrl,
            HttpClient = _http,
            TimeProvider = time ?? TimeProvider.System,
            WebSearchTimeout = TimeSpan.FromSeconds(30),
        };
        return Assert.Single(AgentTools.Create(agent, env));
    }

    private static Task<string> Call(AIFunction tool, AIFunctionArguments args) => SandboxBehaviourTests.ToolText(tool, args);

    [Fact]
    public async Task Results_honour_count_and_the_declared_maximum()
    {
        var tool = await ToolAsync(maxResults: 5);

        var three = JsonDocument.Parse(await Call(tool, new() { ["query"] = "nix flakes", ["count"] = 3 })).RootElement;
        Assert.Equal(3, three.GetArrayLength());
        Assert.Equal("Result 1 for nix flakes", three[0].GetProperty("title").GetString());
        Assert.Equal("All about nix flakes, part 1.", three[0].GetProperty("description").GetString());
        Assert.StartsWith("https://example.org/1", three[0].GetProperty("url").GetString(), StringComparison.Ordinal);

        var capped = JsonDocument.Parse(await Call(tool, new() { ["query"] = "nix", ["count"] = 50 })).RootElement;
        Assert.Equal(5, capped.GetArrayLength());
        var byDefault = JsonDocument.Parse(await Call(tool, new() { ["query"] = "nix" })).RootElement;
        Assert.Equal(5, byDefault.GetArrayLength());

        Assert.All(_fake!.Requests, r => Assert.Equal(Key, r.SubscriptionToken));
        Assert.Contains("count=3", _fake.Requests[0].Query, StringComparison.Ordinal);
        Assert.Contains("q=nix%20flakes", _fake.Requests[0].Query, StringComparison.Ordinal);
        Assert.Contains("count=5", _fake.Requests[1].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_web_results_is_an_empty_list()
    {
        var tool = await ToolAsync(new BraveFakeOptions { NoWebResults = true });
        Assert.Equal("[]", await Call(tool, new() { ["query"] = "nothing" }));
    }

    [Fact]
    public async Task Rate_limit_429_is_reported_with_the_reset_time()
    {
        var tool = await ToolAsync(new BraveFakeOptions { PerSecondLimit = 1, TimeProvider = new FakeTimeProvider() });
        Assert.StartsWith("[", await Call(tool, new() { ["query"] = "first" }), StringComparison.Ordinal);

        var text = await Call(tool, new() { ["query"] = "second" });

        Assert.Equal("error: Web search refused: the rate limit was hit (RATE_LIMITED); retry in 1 s.", text);
        Assert.Equal([200, 429], _fake!.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Monthly_quota_429_is_reported()
    {
        var tool = await ToolAsync(new BraveFakeOptions { MonthlyQuota = 1 });
        await Call(tool, new() { ["query"] = "first" });
        Assert.Contains("monthly quota", await Call(tool, new() { ["query"] = "second" }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_key_is_reported_without_the_key()
    {
        var tool = await ToolAsync(key: "wrong-key-value");

        var text = await Call(tool, new() { ["query"] = "x" });

        Assert.StartsWith("error: Web search refused: the API key is invalid", text, StringComparison.Ordinal);
        Assert.Contains("SUBSCRIPTION_TOKEN_INVALID", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key-value", text, StringComparison.Ordinal);
        Assert.Equal(422, Assert.Single(_fake!.Requests).Status);
    }

    [Fact]
    public async Task A_bad_query_is_refused_before_any_request()
    {
        var tool = await ToolAsync();
        Assert.StartsWith("error: The query must be", await Call(tool, new() { ["query"] = new string('q', 401) }), StringComparison.Ordinal);
        Assert.StartsWith("error: The query must be", await Call(tool, new() { ["query"] = "  " }), StringComparison.Ordinal);
        Assert.Empty(_fake!.Requests);
    }

    [Fact]
    public async Task A_slow_answer_times_out()
    {
        var time = new FakeTimeProvider();
        var tool = await ToolAsync(time: time);
        var never = new TaskCompletionSource();
        _fake!.HoldResponses = never.Task;

        var call = Call(tool, new() { ["query"] = "slow" });
        await _fake.RequestHeld.Task.WaitAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal("error: The web search timed out after 30 s.", await call.WaitAsync(Ct));
        never.SetResult();
    }

    [Fact]
    public async Task The_fake_checks_the_key_before_the_parameters_and_sends_rate_limit_headers()
    {
        await using var fake = await BraveFake.StartAsync(cancellationToken: Ct);
        using var missing = await _http.GetAsync(new Uri(fake.BaseUrl, "res/v1/web/search?q="), Ct);
        var body = JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("error");
        Assert.Equal(422, (int)missing.StatusCode);
        Assert.Equal("VALIDATION", body.GetProperty("code").GetString());
        Assert.Equal("x-subscription-token", body.GetProperty("meta").GetProperty("errors")[0].GetProperty("loc")[1].GetString());

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fake.BaseUrl, "res/v1/web/search?q=a&count=2"));
        request.Headers.Add("X-Subscription-Token", Key);
        using var ok = await _http.SendAsync(request, Ct);
        Assert.Equal(200, (int)ok.StatusCode);
        foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Policy", "X-RateLimit-Remaining", "X-RateLimit-Reset" })
        {
            Assert.True(ok.Headers.Contains(header), header);
        }

        Assert.Contains("<strong>a</strong>", await ok.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
