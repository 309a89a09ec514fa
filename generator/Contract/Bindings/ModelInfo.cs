namespace NixClaw.Bindings;

/// <summary>A declared model.</summary>
/// <param name="Name">Name agents refer to.</param>
/// <param name="Provider">API family: <c>openai</c>, <c>openai-compatible</c>, <c>ollama</c> or <c>anthropic</c>.</param>
/// <param name="ModelId">Provider's model id.</param>
/// <param name="Endpoint">Base URL, or null for the provider's public endpoint.</param>
/// <param name="ApiKey">API key secret, if any.</param>
/// <param name="IsDefault">Used by agents that name no model.</param>
public sealed record ModelInfo(string Name, string Provider, string ModelId, string? Endpoint, SecretInfo? ApiKey, bool IsDefault);
