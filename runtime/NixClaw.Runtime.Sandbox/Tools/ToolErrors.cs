using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>The short texts a failed C# tool call gives the model: each names the tool, none carries a stack trace.</summary>
public static class ToolErrors
{
    /// <summary>Longest message kept from an exception or a failed run.</summary>
    public const int MaxMessageLength = 500;

    /// <summary>The arguments do not fit the schema; the model can correct them.</summary>
    public static string InvalidArguments(string tool, string message) => $"error: tool '{tool}': invalid arguments: {Cap(message)}";

    /// <summary>The tool ran longer than the agent's limit.</summary>
    public static string TimedOut(string tool, TimeSpan limit) => $"error: tool '{tool}' timed out after {limit.TotalSeconds:0.#} s";

    /// <summary>The tool threw.</summary>
    public static string Failed(string tool, Exception e) => e is ToolArgumentException
        ? InvalidArguments(tool, e.Message)
        : Failed(tool, $"{e.GetType().Name}: {e.Message}");

    /// <summary>The tool failed with a message.</summary>
    public static string Failed(string tool, string message) => $"error: tool '{tool}' failed: {Cap(message)}";

    /// <summary>Cuts a message to <see cref="MaxMessageLength"/> characters on one line.</summary>
    public static string Cap(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength] + "…";
    }
}
