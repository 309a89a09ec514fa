namespace NixClaw;

/// <summary>API family of a model endpoint.</summary>
public enum ModelProvider
{
    /// <summary>OpenAI's API.</summary>
    OpenAI,

    /// <summary>Any OpenAI-compatible chat completions endpoint (vLLM, llama.cpp, LM Studio).</summary>
    OpenAICompatible,

    /// <summary>Ollama's OpenAI-compatible endpoint.</summary>
    Ollama,

    /// <summary>Anthropic's Messages API.</summary>
    Anthropic,
}
