using NixClaw.Bindings;
using NixClaw.Tools;

namespace NixClaw.Runtime.Hosting;

/// <summary>The program's C# tools, from the generated manifest (<see cref="IDeclaredAgentTools"/>).</summary>
internal static class DeclaredTools
{
    public static IReadOnlyList<AgentToolFunction> Of(HostManifest manifest) => (manifest as IDeclaredAgentTools)?.AgentTools ?? [];

    /// <summary>The tool with this name, or an error listing the tools there are.</summary>
    /// <exception cref="OperatorException">No such tool (exit 2).</exception>
    public static AgentToolFunction Find(HostManifest manifest, string name) =>
        Of(manifest).FirstOrDefault(t => t.Name == name)
        ?? throw new OperatorException(ExitCodes.Usage, $"no C# tool named '{name}'",
            Of(manifest) is { Count: > 0 } all
                ? "This program's tools: " + string.Join(", ", all.Select(t => t.Name)) + "."
                : "This program declares no [AgentTool] methods.");

    /// <summary>Whether the agent needs a sandbox: it has <c>exec</c> or a C# tool that runs in its sandbox.</summary>
    public static bool NeedsSandbox(HostManifest manifest, AgentInfo agent) =>
        agent.Tools.Contains("exec", StringComparer.Ordinal) || HasSandboxedTool(manifest, agent);

    /// <summary>Whether the agent has a C# tool that runs in its sandbox (not <c>InProcess</c>).</summary>
    public static bool HasSandboxedTool(HostManifest manifest, AgentInfo agent) =>
        agent.Tools.Any(name => Of(manifest).Any(t => t.Name == name && !t.RunsInProcess));
}
