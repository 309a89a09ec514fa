using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using NixClaw.Bindings;
using NixClaw.Runtime.Roster;
using OpenAI;

namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>
/// One retrying <see cref="IChatClient"/> per declared model. OpenAI, Ollama, vLLM, llama.cpp and any other
/// OpenAI-compatible server go through the OpenAI client with the model's endpoint; Anthropic through its
/// OpenAI-compatible endpoint. The SDK's own retries are off: <see cref="RetryingChatClient"/> does them.
/// Keys and endpoints are checked when the catalog is created; each client is built on its model's first turn, so an
/// idle gateway does not load and keep resident the OpenAI SDK (a large assembly, its types and their code).
/// </summary>
internal sealed class ModelCatalog : IDisposable
{
    private readonly Dictionary<string, Lazy<IChatClient>> _clients;
    private readonly IReadOnlyList<ModelInfo> _models;

    private ModelCatalog(Dictionary<string, Lazy<IChatClient>> clients, IReadOnlyList<ModelInfo> models)
    {
        _clients = clients;
        _models = models;
    }

    /// <summary>Declared model names.</summary>
    public IReadOnlyCollection<string> Names => _clients.Keys;

    /// <summary>Creates the clients, reading API keys from their secret files.</summary>
    /// <exception cref="GatewayConfigurationException">An API key file is missing or a provider is unknown.</exception>
    public static ModelCatalog Create(IReadOnlyList<ModelInfo> models, ModelRetryPolicy retry, TimeProvider time, Action<ModelRetry>? onRetry, HttpClient? http = null,
        Func<SecretInfo, string>? secretPath = null)
    {
        ArgumentNullException.ThrowIfNull(models);
        var clients = new Dictionary<string, Lazy<IChatClient>>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var endpoint = EndpointOf(model);
            var key = model.ApiKey is { } secret ? GatewayHost.ReadSecret(secretPath?.Invoke(secret) ?? secret.Path, $"API key of model '{model.Name}'") : "unused";
            clients[model.Name] = new Lazy<IChatClient>(
                () => new RetryingChatClient(OpenAiChat(model, endpoint, key, retry, http), model.Name, retry, time, onRetry),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        return new ModelCatalog(clients, models);
    }

    /// <summary>Whether <paramref name="name"/> means a declared model (see <see cref="Find"/>), without building its client.</summary>
    public bool Contains(string name, out string resolvedName) =>
        Resolve(_models, name, out resolvedName) is not null;

    /// <summary>
    /// The client for <paramref name="name"/>, or null when not declared: a declared model name, OpenClaw's
    /// <c>provider/model-id</c> of a declared model (<see cref="ModelReference"/>), or, as before, a
    /// <c>provider/name</c> whose last part is a declared name; empty means the default model.
    /// </summary>
    public IChatClient? Find(string name, out string resolvedName)
    {
        var model = Resolve(_models, name, out resolvedName);
        return model is not null && _clients.TryGetValue(model.Name, out var client) ? client.Value : null;
    }

    /// <summary>
    /// The model of <paramref name="models"/> that <paramref name="name"/> means (see <see cref="Find"/>), or null;
    /// <paramref name="resolvedName"/> is the declared name when found, else what was looked for.
    /// </summary>
    public static ModelInfo? Resolve(IReadOnlyList<ModelInfo> models, string name, out string resolvedName)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(name);
        resolvedName = name.Length == 0 ? DefaultOf(models) ?? "" : name;
        var model = ModelReference.Resolve(models, resolvedName);
        if (model is null && resolvedName.LastIndexOf('/') is >= 0 and var slash)
        {
            var last = resolvedName[(slash + 1)..];
            model = models.FirstOrDefault(m => m.Name == last);
        }

        if (model is not null)
        {
            resolvedName = model.Name;
        }

        return model;
    }

    private static string? DefaultOf(IReadOnlyList<ModelInfo> models) =>
        models.FirstOrDefault(m => m.IsDefault)?.Name ?? (models.Count == 1 ? models[0].Name : null);

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }
    }

    // In a method of its own, so the OpenAI SDK's types are loaded only when a client is built.
    private static IChatClient OpenAiChat(ModelInfo model, Uri endpoint, string key, ModelRetryPolicy retry, HttpClient? http)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = retry.AttemptTimeout + TimeSpan.FromMinutes(1),
        };
        if (http is not null)
        {
            options.Transport = new HttpClientPipelineTransport(http);
        }

        return new OpenAIClient(new ApiKeyCredential(key), options).GetChatClient(model.ModelId).AsIChatClient();
    }

    private static Uri EndpointOf(ModelInfo model)
    {
        var text = model.Endpoint ?? model.Provider switch
        {
            "openai" or "openai-compatible" => "https://api.openai.com/v1",
            "ollama" => "http://127.0.0.1:11434/v1",
            "anthropic" => "https://api.anthropic.com/v1",
            _ => throw new GatewayConfigurationException($"model '{model.Name}' has unknown provider '{model.Provider}' (expected openai, openai-compatible, ollama or anthropic)"),
        };
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new GatewayConfigurationException($"model '{model.Name}' has an invalid endpoint '{text}'");
        }

        // Ollama's native base URL has no /v1; its OpenAI-compatible API lives below /v1.
        if (model.Provider == "ollama" && !uri.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
        {
            uri = new Uri(uri, uri.AbsolutePath.TrimEnd('/') + "/v1");
        }

        return uri;
    }
}
