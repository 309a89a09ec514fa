using System.Text;
using System.Text.Json;

namespace NixClaw.Tools.TestProgram;

// Hand-written in the shape the generator emits for an [AgentTool] method: name, description and schema are
// constants, Validate checks the JSON without reflection, InvokeAsync parses, calls and serialises.

/// <summary>Reads any host path: the sandbox, not the tool, must stop it reaching a secret.</summary>
public sealed class ReadHostFileTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"path":{"type":"string","description":"Absolute path."}},"required":["path"],"additionalProperties":false}""");

    public override string Name => "read_host_file";

    public override string Description => "Reads a file by absolute path.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "ReadHostFile";

    public override string? Validate(JsonElement arguments) => Schema.RequireString(arguments, "path", 1, 4096);

    public override ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(File.ReadAllText(Schema.Valid(this, arguments).GetProperty("path").GetString()!));
}

/// <summary>GETs a URL with the context's HttpClient: the sandbox has no network unless declared.</summary>
public sealed class HttpGetTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"url":{"type":"string","description":"URL to fetch."}},"required":["url"],"additionalProperties":false}""");

    public override string Name => "http_get";

    public override string Description => "Fetches a URL.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "HttpGet";

    public override string? Validate(JsonElement arguments) => Schema.RequireString(arguments, "url", 1, 4096);

    public override async ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken) =>
        await context.Http.GetStringAsync(new Uri(Schema.Valid(this, arguments).GetProperty("url").GetString()!), cancellationToken).ConfigureAwait(false);
}

/// <summary>Sleeps, to hit the agent's time limit.</summary>
public sealed class SleepTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"seconds":{"type":"number","minimum":0,"maximum":600,"description":"How long."}},"required":["seconds"],"additionalProperties":false}""");

    public override string Name => "sleep";

    public override string Description => "Sleeps.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "Sleep";

    public override string? Validate(JsonElement arguments) => Schema.RequireNumber(arguments, "seconds", 0, 600);

    public override async ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken)
    {
        var seconds = Schema.Valid(this, arguments).GetProperty("seconds").GetDouble();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
        return $"slept {seconds} s";
    }
}

/// <summary>Throws, after logging a line.</summary>
public sealed class FailTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"message":{"type":"string","description":"The exception's message."}},"required":["message"],"additionalProperties":false}""");

    public override string Name => "fail";

    public override string Description => "Throws.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "Fail";

    public override string? Validate(JsonElement arguments) => Schema.RequireString(arguments, "message", 1, 1000);

    public override ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken)
    {
        var message = Schema.Valid(this, arguments).GetProperty("message").GetString()!;
        Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(context.Logger, "about to fail for {Agent}", context.AgentId);
        throw new InvalidOperationException(message);
    }
}

/// <summary>Appends a line to notes.md in the workspace, through ToolContext.Files.</summary>
public sealed class AppendNoteTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"text":{"type":"string","minLength":1,"maxLength":200,"description":"The note."}},"required":["text"],"additionalProperties":false}""");

    public override string Name => "append_note";

    public override string Description => "Appends a note to notes.md.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "AppendNote";

    public override string? Validate(JsonElement arguments) => Schema.RequireString(arguments, "text", 1, 200);

    public override ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken)
    {
        var text = Schema.Valid(this, arguments).GetProperty("text").GetString()!;
        var existing = context.Files.List(".", out _).Any(e => e.Name == "notes.md") ? context.Files.Read("notes.md") : "";
        context.Files.Write("notes.md", existing + text + "\n");
        return ValueTask.FromResult($"noted for {context.AgentId} in {Environment.CurrentDirectory}: {Encoding.UTF8.GetByteCount(existing + text + "\n")} bytes");
    }
}

/// <summary>Returns its argument: the smallest tool, for the per-call benchmark.</summary>
public sealed class EchoTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{"text":{"type":"string","description":"Text to return."}},"required":["text"],"additionalProperties":false}""");

    public override string Name => "echo";

    public override string Description => "Returns the text.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => false;

    public override string MethodName => "Echo";

    public override string? Validate(JsonElement arguments) => Schema.RequireString(arguments, "text", 0, 10000);

    public override ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Schema.Valid(this, arguments).GetProperty("text").GetString()!);
}

/// <summary>Declared InProcess: says which process ran it.</summary>
public sealed class WhoamiInProcessTool : AgentToolFunction
{
    private static readonly JsonElement s_schema = Schema.Of("""{"type":"object","properties":{},"additionalProperties":false}""");

    public override string Name => "whoami_in_process";

    public override string Description => "Says which process it runs in.";

    public override JsonElement JsonSchema => s_schema;

    public override bool RunsInProcess => true;

    public override string MethodName => "WhoamiInProcess";

    public override string? Validate(JsonElement arguments) => arguments.ValueKind == JsonValueKind.Object ? null : "arguments must be an object";

    public override ValueTask<string> InvokeAsync(JsonElement arguments, ToolContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult($"pid {Environment.ProcessId} for {context.AgentId} in {context.Channel ?? "(no channel)"}");
}

internal static class Schema
{
    public static JsonElement Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static JsonElement Valid(AgentToolFunction tool, JsonElement arguments) =>
        tool.Validate(arguments) is { } message ? throw new ToolArgumentException(message) : arguments;

    public static string? RequireString(JsonElement arguments, string name, int minLength, int maxLength) =>
        arguments.ValueKind != JsonValueKind.Object ? "arguments must be an object"
        : !arguments.TryGetProperty(name, out var value) ? $"'{name}' is required"
        : value.ValueKind != JsonValueKind.String ? $"'{name}' must be a string"
        : value.GetString()!.Length < minLength || value.GetString()!.Length > maxLength ? $"'{name}' must be {minLength} to {maxLength} characters long"
        : null;

    public static string? RequireNumber(JsonElement arguments, string name, double min, double max) =>
        arguments.ValueKind != JsonValueKind.Object ? "arguments must be an object"
        : !arguments.TryGetProperty(name, out var value) ? $"'{name}' is required"
        : value.ValueKind != JsonValueKind.Number ? $"'{name}' must be a number"
        : value.GetDouble() < min || value.GetDouble() > max ? $"'{name}' must be between {min} and {max}"
        : null;
}
