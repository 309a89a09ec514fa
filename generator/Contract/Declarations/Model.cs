namespace NixClaw;

/// <summary>A language model agents can use.</summary>
/// <param name="Name">Name agents and the roster refer to.</param>
/// <param name="Provider">API family.</param>
/// <param name="ModelId">Provider's model id, for example <c>gpt-4.1</c> or <c>llama3.1:8b</c>.</param>
public sealed record Model(string Name, ModelProvider Provider, string ModelId)
{
    /// <summary>Base URL of the API; the provider's public endpoint when null.</summary>
    public string? Endpoint { get; init; }

    /// <summary>API key, when the endpoint needs one.</summary>
    public Secret? ApiKey { get; init; }

    /// <summary>Used by agents that name no model. At most one model may be the default.</summary>
    public bool IsDefault { get; init; }
}
