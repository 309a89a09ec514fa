using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace NixClaw.Fakes.OpenAi;

/// <summary>How a reply goes on the wire: one JSON completion, or a server-sent-event stream of chunks, as OpenAI sends them.</summary>
public sealed partial class FakeOpenAiServer
{
    private async Task WriteReplyAsync(HttpContext context, int sequence, FakeReply reply, string model, bool stream, bool includeUsage, int promptTokens)
    {
        var id = "chatcmpl-" + Interlocked.Increment(ref _completionCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (reply)
        {
            case ErrorReply error:
                await WriteErrorAsync(context, error).ConfigureAwait(false);
                return;
            case HangReply:
                await HangAsync(context, sequence).ConfigureAwait(false);
                return;
            case MalformedReply:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("{\"id\":\"chatcmpl-broken\",\"choices\":[{\"message\":", context.RequestAborted).ConfigureAwait(false);
                return;
            case DropReply when !stream:
                context.Abort();
                return;
            case MidStreamErrorReply midStream when !stream:
                await WriteErrorAsync(context, new ErrorReply(500, "server_error", null, midStream.Message, null, null)).ConfigureAwait(false);
                return;
        }

        if (stream)
        {
            await StreamAsync(context, reply, id, model, includeUsage, promptTokens).ConfigureAwait(false);
            return;
        }

        var (content, calls, finish) = reply switch
        {
            TextReply text => (text.Content, (IReadOnlyList<FakeToolCall>)[], text.FinishReason),
            ToolCallsReply tools => ((string?)null, tools.Calls, tools.FinishReason),
            _ => throw new InvalidOperationException($"Unhandled reply {reply}."),
        };
        var completionTokens = CompletionTokens(content, calls);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteHeader(json, id, model, "chat.completion");
            json.WriteStartArray("choices");
            json.WriteStartObject();
            json.WriteNumber("index", 0);
            json.WriteString("finish_reason", finish);
            json.WriteNull("logprobs");
            json.WriteStartObject("message");
            json.WriteString("role", "assistant");
            json.WriteString("content", content);
            json.WriteNull("refusal");
            if (calls.Count > 0)
            {
                json.WriteStartArray("tool_calls");
                for (var i = 0; i < calls.Count; i++)
                {
                    json.WriteStartObject();
                    json.WriteString("id", calls[i].Id ?? $"call_{i + 1}");
                    json.WriteString("type", "function");
                    json.WriteStartObject("function");
                    json.WriteString("name", calls[i].Name);
                    json.WriteString("arguments", calls[i].Arguments);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            WriteUsage(json, promptTokens, completionTokens);
            json.WriteString("system_fingerprint", "fp_nixclaw_fake");
            json.WriteEndObject();
        }

        context.Response.ContentType = "application/json";
        context.Response.Headers["x-request-id"] = "req_" + id;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    // Streams chunks exactly as apis.md §5.3: role delta, content fragments or tool-call deltas keyed by index
    // (id, type and name first, then argument fragments), a finish chunk, an optional usage chunk, [DONE].
    private async Task StreamAsync(HttpContext context, FakeReply reply, string id, string model, bool includeUsage, int promptTokens)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["x-request-id"] = "req_" + id;
        var ct = context.RequestAborted;

        await WriteChunkAsync(response, id, model, json =>
        {
            json.WriteString("role", "assistant");
            json.WriteString("content", "");
        }, null, ct).ConfigureAwait(false);

        var size = Math.Max(1, _options.StreamChunkCharacters);
        string? content = null;
        IReadOnlyList<FakeToolCall> calls = [];
        string finish;
        switch (reply)
        {
            case TextReply text:
                content = text.Content;
                finish = text.FinishReason;
                break;
            case ToolCallsReply tools:
                calls = tools.Calls;
                finish = tools.FinishReason;
                break;
            case DropReply drop:
                foreach (var piece in Split(drop.PartialContent, size))
                {
                    await WriteChunkAsync(response, id, model, json => json.WriteString("content", piece), null, ct).ConfigureAwait(false);
                }

                context.Abort();
                return;
            case MidStreamErrorReply error:
                await WriteDataAsync(response, $"{{\"error\":{{\"message\":{JsonSerializer.Serialize(error.Message)},\"type\":\"server_error\",\"param\":null,\"code\":null}}}}", ct).ConfigureAwait(false);
                return;
            default:
                throw new InvalidOperationException($"Unhandled reply {reply}.");
        }

        if (content is not null)
        {
            foreach (var piece in Split(content, size))
            {
                await WriteChunkAsync(response, id, model, json => json.WriteString("content", piece), null, ct).ConfigureAwait(false);
            }
        }

        for (var i = 0; i < calls.Count; i++)
        {
            var index = i;
            var call = calls[i];
            await WriteChunkAsync(response, id, model, json => WriteToolDelta(json, index, call.Id ?? $"call_{index + 1}", call.Name, ""), null, ct).ConfigureAwait(false);
            foreach (var piece in Split(call.Arguments, size))
            {
                await WriteChunkAsync(response, id, model, json => WriteToolDelta(json, index, null, null, piece), null, ct).ConfigureAwait(false);
            }
        }

        await WriteChunkAsync(response, id, model, _ => { }, finish, ct).ConfigureAwait(false);
        if (includeUsage)
        {
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                WriteHeader(json, id, model, "chat.completion.chunk");
                json.WriteStartArray("choices");
                json.WriteEndArray();
                WriteUsage(json, promptTokens, CompletionTokens(content, calls));
                json.WriteEndObject();
            }

            await WriteDataAsync(response, Encoding.UTF8.GetString(buffer.WrittenSpan), ct).ConfigureAwait(false);
        }

        await WriteDataAsync(response, "[DONE]", ct).ConfigureAwait(false);
    }

    private static void WriteToolDelta(Utf8JsonWriter json, int index, string? id, string? name, string arguments)
    {
        json.WriteStartArray("tool_calls");
        json.WriteStartObject();
        json.WriteNumber("index", index);
        if (id is not null)
        {
            json.WriteString("id", id);
            json.WriteString("type", "function");
        }

        json.WriteStartObject("function");
        if (name is not null)
        {
            json.WriteString("name", name);
        }

        json.WriteString("arguments", arguments);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static async Task WriteChunkAsync(HttpResponse response, string id, string model, Action<Utf8JsonWriter> delta, string? finishReason, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteHeader(json, id, model, "chat.completion.chunk");
            json.WriteStartArray("choices");
            json.WriteStartObject();
            json.WriteNumber("index", 0);
            json.WriteStartObject("delta");
            delta(json);
            json.WriteEndObject();
            json.WriteNull("logprobs");
            if (finishReason is null)
            {
                json.WriteNull("finish_reason");
            }
            else
            {
                json.WriteString("finish_reason", finishReason);
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteNull("usage");
            json.WriteEndObject();
        }

        await WriteDataAsync(response, Encoding.UTF8.GetString(buffer.WrittenSpan), ct).ConfigureAwait(false);
    }

    private static async Task WriteDataAsync(HttpResponse response, string data, CancellationToken ct)
    {
        await response.WriteAsync("data: " + data + "\n\n", ct).ConfigureAwait(false);
        await response.Body.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void WriteHeader(Utf8JsonWriter json, string id, string model, string kind)
    {
        json.WriteString("id", id);
        json.WriteString("object", kind);
        json.WriteNumber("created", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        json.WriteString("model", model);
    }

    private static void WriteUsage(Utf8JsonWriter json, int promptTokens, int completionTokens)
    {
        json.WriteStartObject("usage");
        json.WriteNumber("prompt_tokens", promptTokens);
        json.WriteNumber("completion_tokens", completionTokens);
        json.WriteNumber("total_tokens", promptTokens + completionTokens);
        json.WriteEndObject();
    }

    private static int CompletionTokens(string? content, IReadOnlyList<FakeToolCall> calls) =>
        Math.Max(1, ((content?.Length ?? 0) + calls.Sum(c => c.Name.Length + c.Arguments.Length)) / 4);

    private static IEnumerable<string> Split(string text, int size)
    {
        for (var i = 0; i < text.Length; i += size)
        {
            yield return text.Substring(i, Math.Min(size, text.Length - i));
        }
    }
}
