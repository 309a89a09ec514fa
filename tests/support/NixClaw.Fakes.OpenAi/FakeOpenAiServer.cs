using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NixClaw.Fakes.OpenAi;

/// <summary>
/// A loopback OpenAI-compatible chat completions server (apis.md §5): scripted replies per model or from a
/// shared queue, tool calls (streamed and not), usage numbers, error modes, request recording.
/// </summary>
public sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    private static readonly HashSet<string> s_knownRoles = ["developer", "system", "user", "assistant", "tool", "function"];

    private readonly FakeOpenAiOptions _options;
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _queue = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _perModel = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Lock _waitersLock = new();
    private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];
    private CancellationTokenSource _hangRelease = new();
    private int _requestCount;
    private int _releasedThrough;
    private long _completionCount;

    private FakeOpenAiServer(FakeOpenAiOptions options, WebApplication app)
    {
        _options = options;
        _app = app;
    }

    /// <summary>Base URL including <c>/v1/</c>, for an OpenAI client's endpoint.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Bound port.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>Called for requests no queue answers; return null to fall through (to echo or a 500).</summary>
    public Func<RecordedRequest, FakeReply?>? Responder { get; set; }

    /// <summary>
    /// Called after each chat completions request is answered, with its raw body and
    /// <see cref="System.Diagnostics.Stopwatch"/> timestamps of its arrival at the handler and of the answer written:
    /// the model's own time, for benchmarks that subtract it.
    /// </summary>
    public Action<FakeModelTiming>? RequestAnswered { get; set; }

    /// <summary>Requests received so far, in arrival order (bounded by <see cref="FakeOpenAiOptions.MaxRecordedRequests"/>).</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Number of chat completion requests received (including rejected ones).</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Starts the server on 127.0.0.1.</summary>
    public static async Task<FakeOpenAiServer> StartAsync(FakeOpenAiOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeOpenAiOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new FakeOpenAiServer(options, app);
        app.MapPost("/v1/chat/completions", server.HandleChatAsync);
        app.MapGet("/v1/models", server.HandleModels);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(new Uri(address), "/v1/");
        return server;
    }

    /// <summary>Queues replies answered in order to any model without its own queue.</summary>
    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _queue.Enqueue(reply);
        }
    }

    /// <summary>Queues replies for one model name (checked before the shared queue).</summary>
    public void EnqueueFor(string model, params FakeReply[] replies)
    {
        var queue = _perModel.GetOrAdd(model, _ => new ConcurrentQueue<FakeReply>());
        foreach (var reply in replies)
        {
            queue.Enqueue(reply);
        }
    }

    /// <summary>Completes when at least <paramref name="count"/> chat requests have arrived (not necessarily been answered).</summary>
    public Task WaitForRequestsAsync(int count, CancellationToken cancellationToken = default)
    {
        lock (_waitersLock)
        {
            if (Volatile.Read(ref _requestCount) >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Answers every request received so far that hangs (or is about to) with 503; later hangs hang again.</summary>
    public void ReleaseHangs()
    {
        Volatile.Write(ref _releasedThrough, Volatile.Read(ref _requestCount));
        var old = Interlocked.Exchange(ref _hangRelease, new CancellationTokenSource());
        old.Cancel();
        old.Dispose();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _hangRelease.Cancel();
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _hangRelease.Dispose();
    }

    private IResult HandleModels()
    {
        var models = _options.KnownModels ?? [.. _perModel.Keys.Order(StringComparer.Ordinal)];
        var data = models.Select(m => new Dictionary<string, object> { ["id"] = m, ["object"] = "model", ["created"] = 1700000000, ["owned_by"] = "nixclaw-fake" });
        return Results.Json(new Dictionary<string, object> { ["object"] = "list", ["data"] = data });
    }

    private async Task HandleChatAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        var authorization = context.Request.Headers.Authorization.ToString();
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var sequence = Interlocked.Increment(ref _requestCount);
        await AnswerAsync(context, sequence, authorization, body).ConfigureAwait(false);
        RequestAnswered?.Invoke(new FakeModelTiming(body, arrived, Stopwatch.GetTimestamp()));
    }

    private async Task AnswerAsync(HttpContext context, int sequence, string authorization, string body)
    {
        if (_options.ApiKey is { } key && authorization != "Bearer " + key)
        {
            Record(new RecordedRequest(sequence, "", false, authorization, body));
            await WriteErrorAsync(context, new ErrorReply(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.", null, null)).ConfigureAwait(false);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            Record(new RecordedRequest(sequence, "", false, authorization, body));
            await WriteErrorAsync(context, InvalidRequest("We could not parse the JSON body of your request.")).ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            var stream = root.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
            var includeUsage = root.TryGetProperty("stream_options", out var so) && so.ValueKind == JsonValueKind.Object
                && so.TryGetProperty("include_usage", out var iu) && iu.ValueKind == JsonValueKind.True;
            var request = new RecordedRequest(sequence, model, stream, authorization.Length == 0 ? null : authorization, body);
            Record(request);

            if (Validate(root) is { } problem)
            {
                await WriteErrorAsync(context, InvalidRequest(problem)).ConfigureAwait(false);
                return;
            }

            if (_options.KnownModels is { } known && !known.Contains(model))
            {
                await WriteErrorAsync(context, new ErrorReply(404, "invalid_request_error", "model_not_found", $"The model `{model}` does not exist or you do not have access to it.", null, null)).ConfigureAwait(false);
                return;
            }

            var reply = NextReply(request);
            if (_options.ReplyDelay?.Invoke() is { Ticks: > 0 } delay)
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }

            var promptTokens = Math.Max(1, body.Length / 4);
            await WriteReplyAsync(context, sequence, reply, model, stream, includeUsage, promptTokens).ConfigureAwait(false);
        }
    }

    private FakeReply NextReply(RecordedRequest request)
    {
        if (_perModel.TryGetValue(request.Model, out var own) && own.TryDequeue(out var reply))
        {
            return reply;
        }

        if (_queue.TryDequeue(out reply))
        {
            return reply;
        }

        if (Responder?.Invoke(request) is { } answered)
        {
            return answered;
        }

        if (_options.EchoWhenUnscripted)
        {
            return new TextReply("echo: " + request.LastUserMessage, "stop");
        }

        return new ErrorReply(500, "server_error", "no_scripted_reply", $"The fake has no scripted reply for request {request.Sequence} (model '{request.Model}').", null, null);
    }

    // Validates like OpenAI (apis.md §5.6.3): known roles, tool messages answer an earlier tool call, tools named.
    private static string? Validate(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            return "'messages' must be a non-empty array.";
        }

        var callIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var role = message.TryGetProperty("role", out var r) ? r.GetString() : null;
            if (role is null || !s_knownRoles.Contains(role))
            {
                return $"Invalid value for 'messages[{index}].role': '{role}'.";
            }

            if (role == "assistant" && message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in calls.EnumerateArray())
                {
                    if (call.TryGetProperty("id", out var id) && id.GetString() is { } callId)
                    {
                        callIds.Add(callId);
                    }
                }
            }

            if (role == "tool")
            {
                var callId = message.TryGetProperty("tool_call_id", out var tc) ? tc.GetString() : null;
                if (callId is null || !callIds.Contains(callId))
                {
                    return $"Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls' (messages[{index}]).";
                }
            }

            index++;
        }

        if (root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
        {
            var toolIndex = 0;
            foreach (var tool in tools.EnumerateArray())
            {
                if (!tool.TryGetProperty("function", out var function) || !function.TryGetProperty("name", out var name)
                    || string.IsNullOrEmpty(name.GetString()))
                {
                    return $"Missing required parameter: 'tools[{toolIndex}].function.name'.";
                }

                toolIndex++;
            }
        }

        return null;
    }

    private async Task HangAsync(HttpContext context, int sequence)
    {
        // Take the release token before checking the released mark, so a release in between is never missed.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _hangRelease.Token);
        try
        {
            if (sequence > Volatile.Read(ref _releasedThrough))
            {
                await Task.Delay(Timeout.Infinite, linked.Token).ConfigureAwait(false);
            }

            await WriteErrorAsync(context, new ErrorReply(503, "server_error", null, "The fake released a hanging request.", null, null)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await WriteErrorAsync(context, new ErrorReply(503, "server_error", null, "The fake released a hanging request.", null, null)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: nothing to answer.
        }
    }

    private static ErrorReply InvalidRequest(string message) => new(400, "invalid_request_error", null, message, null, null);

    private static async Task WriteErrorAsync(HttpContext context, ErrorReply error)
    {
        var response = context.Response;
        response.StatusCode = error.Status;
        response.ContentType = "application/json";
        if (error.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (error.RetryAfterMs is { } ms)
        {
            response.Headers["retry-after-ms"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["error"] = new Dictionary<string, object?> { ["message"] = error.Message, ["type"] = error.Type, ["param"] = null, ["code"] = error.Code },
        });
        await response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    // Waiters hear of a request as soon as it is recorded, before it is answered (a hang never answers).
    private void Record(RecordedRequest request)
    {
        _requests.Enqueue(request);
        while (_requests.Count > _options.MaxRecordedRequests && _requests.TryDequeue(out _))
        {
        }

        SignalWaiters(request.Sequence);
    }

    private void SignalWaiters(int sequence)
    {
        lock (_waitersLock)
        {
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Count <= sequence)
                {
                    _waiters[i].Done.TrySetResult();
                    _waiters.RemoveAt(i);
                }
            }
        }
    }
}
