using System.Text.Json;

namespace NixClaw.Nix.Tests;

/// <summary>The outcome of one nix-instantiate run of the harness.</summary>
/// <param name="ExitCode">nix-instantiate's exit code.</param>
/// <param name="Report">The JSON result when the evaluation succeeded.</param>
/// <param name="Error">Nix's standard error: the error message when it failed, traces otherwise.</param>
public sealed record EvaluationResult(int ExitCode, JsonElement? Report, string Error)
{
    /// <summary>Fails the test unless evaluation failed with a message containing every one of <paramref name="fragments"/>.</summary>
    public void AssertFailsWith(params string[] fragments)
    {
        Assert.True(ExitCode != 0, "evaluation succeeded, but it must fail with: " + string.Join(" … ", fragments));
        foreach (var fragment in fragments)
        {
            Assert.True(Error.Contains(fragment, StringComparison.Ordinal), $"the error does not contain '{fragment}':\n{Error}");
        }
    }
}
