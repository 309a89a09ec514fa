using NixClaw.Bindings;

namespace NixClaw.Runtime.Roster.Tests;

/// <summary>A declared model's name and OpenClaw's <c>provider/model-id</c> name the same model.</summary>
public sealed class ModelReferenceTests
{
    private static readonly ModelInfo Gpt = new("gpt", "openai", "gpt-4.1", null, null, IsDefault: true);
    private static readonly ModelInfo Llama = new("llama", "ollama", "llama3.1:8b", null, null, IsDefault: false);
    private static readonly ModelInfo Vllm = new("vllm", "openai-compatible", "meta-llama/Llama-3.1-8B", "http://127.0.0.1:8000/v1", null, IsDefault: false);
    private static readonly ModelInfo[] Models = [Gpt, Llama, Vllm];

    [Theory]
    [InlineData("gpt", "gpt")]
    [InlineData("gpt/gpt-4.1", "gpt")]
    [InlineData("llama", "llama")]
    [InlineData("llama/llama3.1:8b", "llama")]
    [InlineData("vllm/meta-llama/Llama-3.1-8B", "vllm")]
    public void BothFormsResolveToTheDeclaredModel(string reference, string name) =>
        Assert.Equal(name, ModelReference.Resolve(Models, reference)?.Name);

    [Theory]
    [InlineData("gpt/llama3.1:8b")]
    [InlineData("openai/gpt-4.1")]
    [InlineData("gpt-4.1")]
    [InlineData("/gpt-4.1")]
    [InlineData("")]
    public void OtherReferencesResolveToNothing(string reference) => Assert.Null(ModelReference.Resolve(Models, reference));

    [Fact]
    public void TheWrittenFormIsOpenClawsAndResolvesBack()
    {
        Assert.Equal("gpt/gpt-4.1", ModelReference.Format(Gpt));
        Assert.Equal("vllm/meta-llama/Llama-3.1-8B", ModelReference.Format(Vllm));
        Assert.All(Models, m => Assert.Same(m, ModelReference.Resolve(Models, ModelReference.Format(m))));
    }
}
