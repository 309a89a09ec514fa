namespace NixClaw.Generator.Model;

/// <summary>A language model; <see cref="Provider"/> is lowercase (<c>openai</c>, <c>openai-compatible</c>, <c>ollama</c>, <c>anthropic</c>).</summary>
internal sealed record ModelModel(string FieldName, string Name, string Provider, string ModelId, string? Endpoint, string? ApiKeySecret, bool IsDefault);
