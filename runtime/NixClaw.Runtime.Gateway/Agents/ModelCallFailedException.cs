namespace NixClaw.Runtime.Gateway.Agents;

/// <summary>A model call failed for good (not retryable, or retries exhausted).</summary>
internal sealed class ModelCallFailedException : Exception
{
    public ModelCallFailedException(string model, ModelCallFailure failure, int attempts, Exception? innerException)
        : base($"model '{model}' failed after {attempts} attempt(s): {failure.Description}", innerException)
    {
        Model = model;
        Failure = failure;
        Attempts = attempts;
    }

    /// <summary>Model name.</summary>
    public string Model { get; }

    /// <summary>The last failure.</summary>
    public ModelCallFailure Failure { get; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; }
}
