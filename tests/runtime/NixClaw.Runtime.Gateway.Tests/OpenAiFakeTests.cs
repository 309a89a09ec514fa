using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Fakes.OpenAi;
using OpenAI;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>The OpenAI fake speaks apis.md §5: checked with raw HTTP and with the real OpenAI client.</summary>
public sealed class OpenAiFakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NonStreamedTextHasTheOpenAiShapeAndUsage()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        fake.Enqueue(FakeReply.Text("hello there"));
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m1","messages":[{"role":"user","content":"hi"}]}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = body.RootElement;
        Assert.Equal("chat.completion", root.GetProperty("object").GetString());
        Assert.Equal("m1", root.GetProperty("model").GetString());
        var choice = root.GetProperty("choices")[0];
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("assistant", choice.GetProperty("message").GetProperty("role").GetString());
        Assert.Equal("hello there", choice.GetProperty("message").GetProperty("content").GetString());
        var usage = root.GetProperty("usage");
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal("hi", fake.Requests.Single().LastUserMessage);
    }

    [Fact]
    public async Task AReplyDelayHoldsEachAnswerThatLongAndCountsAsTheModelsTime()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        await using var fake = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { EchoWhenUnscripted = true, ReplyDelay = () => delay }, Ct);
        var timing = new TaskCompletionSource<FakeModelTiming>(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.RequestAnswered = answered => timing.TrySetResult(answered);
        using var http = new HttpClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m1","messages":[{"role":"user","content":"hi"}]}"""), Ct);
        var elapsed = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("echo: hi", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(elapsed >= delay, $"answered after {elapsed.TotalMilliseconds} ms");
        var answered = await timing.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        // The fake's timer may fire a tick before the stopwatch says 300 ms; without the delay this is about 0 ms.
        var held = System.Diagnostics.Stopwatch.GetElapsedTime(answered.Arrived, answered.Answered);
        Assert.True(held >= delay * 0.95, $"held {held.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task StreamedToolCallArrivesAsIndexedDeltasThenDone()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { StreamChunkCharacters = 4 }, Ct);
        fake.Enqueue(FakeReply.Tools(new FakeToolCall("web_search", """{"q":"nixos"}""")));
        using var http = new HttpClient();
        using var response = await http.PostAsync(
            new Uri(fake.BaseUrl, "chat/completions"),
            Json("""{"model":"m1","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"search"}]}"""),
            Ct);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync(Ct)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.Equal("data: [DONE]", events[^1]);
        var chunks = events[..^1].Select(e => JsonDocument.Parse(e["data: ".Length..]).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));

        var toolDeltas = chunks
            .Where(c => c.GetProperty("choices").GetArrayLength() > 0)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta"))
            .Where(d => d.TryGetProperty("tool_calls", out _))
            .Select(d => d.GetProperty("tool_calls")[0])
            .ToList();
        Assert.True(toolDeltas.Count > 2, "arguments must be split across several deltas");
        Assert.Equal("call_1", toolDeltas[0].GetProperty("id").GetString());
        Assert.Equal("web_search", toolDeltas[0].GetProperty("function").GetProperty("name").GetString());
        Assert.All(toolDeltas, d => Assert.Equal(0, d.GetProperty("index").GetInt32()));
        Assert.All(toolDeltas.Skip(1), d => Assert.False(d.TryGetProperty("id", out _)));
        Assert.Equal("""{"q":"nixos"}""", string.Concat(toolDeltas.Select(d => d.GetProperty("function").GetProperty("arguments").GetString())));

        var finish = chunks.Last(c => c.GetProperty("choices").GetArrayLength() > 0).GetProperty("choices")[0].GetProperty("finish_reason").GetString();
        Assert.Equal("tool_calls", finish);
        Assert.Equal(0, chunks[^1].GetProperty("choices").GetArrayLength());
        Assert.True(chunks[^1].GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task TheOpenAiClientReadsStreamedTextAndToolCalls()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { StreamChunkCharacters = 3 }, Ct);
        fake.Enqueue(
            FakeReply.Text("streamed words arrive"),
            FakeReply.Tools(new FakeToolCall("read", """{"path":"AGENTS.md"}"""), new FakeToolCall("list", "{}")));
        using var client = Client(fake);

        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync("hi", cancellationToken: Ct))
        {
            text.Append(update.Text);
        }

        Assert.Equal("streamed words arrive", text.ToString());
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync("files", cancellationToken: Ct))
        {
            updates.Add(update);
        }

        var calls = updates.ToChatResponse().Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        Assert.Equal(["read", "list"], calls.Select(c => c.Name));
        Assert.Equal("AGENTS.md", calls[0].Arguments!["path"]?.ToString());
        Assert.Equal(["call_1", "call_2"], calls.Select(c => c.CallId));
    }

    [Fact]
    public async Task RateLimitCarriesRetryAfterAndTheOpenAiErrorBody()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        fake.Enqueue(FakeReply.RateLimited(7));
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m","messages":[{"role":"user","content":"x"}]}"""), Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("7", response.Headers.GetValues("Retry-After").Single());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("rate_limit_exceeded", body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task RequestsAreValidatedLikeOpenAi()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { KnownModels = ["m"], ApiKey = "k1" }, Ct);
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "k1");

        async Task<(HttpStatusCode Status, string Body)> Send(string body)
        {
            using var response = await http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json(body), Ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        }

        var orphanTool = await Send("""{"model":"m","messages":[{"role":"user","content":"x"},{"role":"tool","tool_call_id":"call_9","content":"r"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, orphanTool.Status);
        Assert.Contains("invalid_request_error", orphanTool.Body, StringComparison.Ordinal);

        var badRole = await Send("""{"model":"m","messages":[{"role":"robot","content":"x"}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, badRole.Status);

        var unnamedTool = await Send("""{"model":"m","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function","function":{}}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, unnamedTool.Status);

        var unknownModel = await Send("""{"model":"other","messages":[{"role":"user","content":"x"}]}""");
        Assert.Equal(HttpStatusCode.NotFound, unknownModel.Status);
        Assert.Contains("model_not_found", unknownModel.Body, StringComparison.Ordinal);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        var badKey = await Send("""{"model":"m","messages":[{"role":"user","content":"x"}]}""");
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.Status);
        Assert.Contains("invalid_api_key", badKey.Body, StringComparison.Ordinal);

        using var models = await http.GetStringAsync(new Uri(fake.BaseUrl, "models"), Ct).ContinueWith(t => JsonDocument.Parse(t.Result), Ct);
        Assert.Equal("m", models.RootElement.GetProperty("data")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task PerModelQueuesComeBeforeTheSharedQueueAndUnscriptedRequestsFailLoudly()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        fake.Enqueue(FakeReply.Text("shared"));
        fake.EnqueueFor("special", FakeReply.Text("own"));
        using var special = Client(fake, "special");
        using var plain = Client(fake, "plain");

        Assert.Equal("own", (await special.GetResponseAsync("a", cancellationToken: Ct)).Text);
        Assert.Equal("shared", (await special.GetResponseAsync("b", cancellationToken: Ct)).Text);
        var error = await Assert.ThrowsAsync<System.ClientModel.ClientResultException>(() => plain.GetResponseAsync("c", cancellationToken: Ct));
        Assert.Equal(500, error.Status);
    }

    [Fact]
    public async Task EchoModeAnswersEveryUnscriptedRequest()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(new FakeOpenAiOptions { EchoWhenUnscripted = true }, Ct);
        using var client = Client(fake);

        Assert.Equal("echo: ping", (await client.GetResponseAsync("ping", cancellationToken: Ct)).Text);
    }

    [Fact]
    public async Task HangingRequestIsReleasedAndDroppedConnectionFailsTheClient()
    {
        await using var fake = await FakeOpenAiServer.StartAsync(cancellationToken: Ct);
        fake.Enqueue(FakeReply.Hang(), FakeReply.DropConnection(), FakeReply.Malformed());
        using var http = new HttpClient();
        var hanging = http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m","messages":[{"role":"user","content":"x"}]}"""), Ct);
        await fake.WaitForRequestsAsync(1, Ct);
        Assert.False(hanging.IsCompleted);
        fake.ReleaseHangs();
        using (var released = await hanging)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, released.StatusCode);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m","messages":[{"role":"user","content":"x"}]}"""), Ct));

        using var malformed = await http.PostAsync(new Uri(fake.BaseUrl, "chat/completions"), Json("""{"model":"m","messages":[{"role":"user","content":"x"}]}"""), Ct);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed.Content.ReadAsStream(Ct)));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static IChatClient Client(FakeOpenAiServer fake, string model = "m1") =>
        new OpenAIClient(new System.ClientModel.ApiKeyCredential("unused"), new OpenAIClientOptions { Endpoint = fake.BaseUrl, RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(0) })
            .GetChatClient(model).AsIChatClient();
}
