using System.Text.Json;

namespace NixClaw.Fakes.OpenAi;

/// <summary>A chat completions request as the fake received it.</summary>
/// <param name="Sequence">1-based arrival number.</param>
/// <param name="Model">The <c>model</c> field.</param>
/// <param name="Stream">Whether <c>stream</c> was true.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The raw JSON body.</param>
public sealed record RecordedRequest(int Sequence, string Model, bool Stream, string? Authorization, string Body)
{
    /// <summary>The parsed body (a fresh copy each call).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>The messages as (role, text content) pairs; tool calls are not included in the text.</summary>
    public IReadOnlyList<(string Role, string? Content)> Messages =>
        [.. Json.GetProperty("messages").EnumerateArray().Select(m => (
            m.GetProperty("role").GetString() ?? "",
            ContentText(m)))];

    /// <summary>Text of the system message(s), joined by newlines.</summary>
    public string SystemPrompt => string.Join("\n", Messages.Where(m => m.Role is "system" or "developer").Select(m => m.Content));

    /// <summary>Text of the last user message.</summary>
    public string? LastUserMessage => Messages.LastOrDefault(m => m.Role == "user").Content;

    /// <summary>Names of the tools offered.</summary>
    public IReadOnlyList<string> ToolNames =>
        Json.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array
            ? [.. tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString() ?? "")]
            : [];

    internal static string? ContentText(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return null;
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString(),
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.TryGetProperty("text", out _))
                .Select(p => p.GetProperty("text").GetString())),
            _ => null,
        };
    }
}
