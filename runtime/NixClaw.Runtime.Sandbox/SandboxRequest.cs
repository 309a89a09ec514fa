namespace NixClaw.Runtime.Sandbox;

/// <summary>One command to run in a sandbox.</summary>
/// <param name="AgentId">Agent the command runs for (used in container names and logs).</param>
/// <param name="Command">Shell command, run with <c>/bin/sh -c</c> inside the sandbox.</param>
/// <param name="WorkspaceDirectory">Absolute host path of the agent's workspace, mounted at <c>/workspace</c>.</param>
/// <param name="Limits">Network, process, memory, time and output limits.</param>
public sealed record SandboxRequest(string AgentId, string Command, string WorkspaceDirectory, SandboxLimits Limits)
{
    /// <summary>Checks the fields every backend relies on.</summary>
    /// <exception cref="ArgumentException">A field is empty or unusable; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(AgentId))
        {
            throw new ArgumentException("The agent id is empty.", nameof(AgentId));
        }

        if (Command.Length == 0 || Command.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The command for agent '{AgentId}' is empty or contains a NUL character.", nameof(Command));
        }

        // Podman's --mount syntax splits on ',' and '='; a newline has no business in a path.
        if (!Path.IsPathRooted(WorkspaceDirectory) || WorkspaceDirectory.IndexOfAny([',', '\n', '\0']) >= 0)
        {
            throw new ArgumentException($"The workspace of agent '{AgentId}' must be an absolute path without ',' or control characters: '{WorkspaceDirectory}'.", nameof(WorkspaceDirectory));
        }

        if (!Directory.Exists(WorkspaceDirectory))
        {
            throw new ArgumentException($"The workspace of agent '{AgentId}' does not exist: '{WorkspaceDirectory}'.", nameof(WorkspaceDirectory));
        }

        Limits.Validate();
    }
}
