using NixClaw.Bindings;
using NixClaw.Runtime.Gateway.Agents;

namespace NixClaw.Runtime.Gateway.Tests;

/// <summary>Agents name models by declared name or by OpenClaw's <c>provider/model-id</c>: both reach the same client.</summary>
public sealed class ModelCatalogTests
{
    private static readonly ModelInfo[] Models =
    [
        new("gpt", "openai", "gpt-4.1", "http://127.0.0.1:9/v1", null, IsDefault: true),
        new("llama", "ollama", "llama3.1:8b", "http://127.0.0.1:9", null, IsDefault: false),
        new("vllm", "openai-compatible", "meta-llama/Llama-3.1-8B", "http://127.0.0.1:9/v1", null, IsDefault: false),
    ];

    [Theory]
    [InlineData("gpt", "gpt/gpt-4.1")]
    [InlineData("llama", "llama/llama3.1:8b")]
    [InlineData("vllm", "vllm/meta-llama/Llama-3.1-8B")]
    public void DeclaredNameAndOpenClawReferenceFindTheSameModel(string name, string reference)
    {
        using var catalog = ModelCatalog.Create(Models, new ModelRetryPolicy(), TimeProvider.System, null);

        var byName = catalog.Find(name, out var resolvedByName);
        var byReference = catalog.Find(reference, out var resolvedByReference);

        Assert.NotNull(byName);
        Assert.Same(byName, byReference);
        Assert.Equal(name, resolvedByName);
        Assert.Equal(name, resolvedByReference);
    }

    [Fact]
    public void EmptyIsTheDefaultAndUnknownReferencesFindNothing()
    {
        using var catalog = ModelCatalog.Create(Models, new ModelRetryPolicy(), TimeProvider.System, null);

        Assert.Same(catalog.Find("gpt", out _), catalog.Find("", out var resolved));
        Assert.Equal("gpt", resolved);
        Assert.Null(catalog.Find("gpt/llama3.1:8b", out _));
        Assert.Null(catalog.Find("mistral", out _));
    }
}
