namespace NixClaw.Tools;

/// <summary>
/// Implemented by a generated host manifest whose project declares <see cref="AgentToolAttribute"/> methods: every
/// such tool, sorted by name. An agent's <c>AgentInfo.Tools</c> names the ones it may call.
/// </summary>
public interface IDeclaredAgentTools
{
    /// <summary>The project's C# tools, sorted by name.</summary>
    IReadOnlyList<AgentToolFunction> AgentTools { get; }
}
