namespace NixClaw.Runtime.Sandbox;

/// <summary>One command to run in a sandbox.</summary>
/// <param name="AgentId">Agent the command runs for (used in container names and logs).</param>
/// <param name="Command">Shell command, run with <c>/bin/sh -c</c> inside the sandbox.</param>
/// <param name="WorkspaceDirectory">Absolute host path of the agent's workspace, mounted at <c>/workspace</c>.</param>
/// <param name="Limits">Network, process, memory, time and output limits.</param>
public sealed record SandboxRequest(string AgentId, string Command, string WorkspaceDirectory, SandboxLimits Limits)
{
    /// <summary>
    /// Host paths made visible read-only at the same path inside (the declarations program and the runtime a C# tool
    /// needs; see <see cref="Tools.ToolProgram"/>). A path that is a symbolic link on the host is recreated as the
    /// same link (bubblewrap) or mounted from its target (Podman). Empty for <c>exec</c>: nothing of the host.
    /// </summary>
    public IReadOnlyList<string> ReadOnlyPaths { get; init; } = [];

    /// <summary>Text written to the command's standard input before it is closed; null gives an empty input.</summary>
    public string? StandardInput { get; init; }

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

        foreach (var path in ReadOnlyPaths)
        {
            ValidateReadOnlyPath(path);
        }

        Limits.Validate();
    }

    // The sandbox's own places (and / itself) must stay the sandbox's; a host path there would hide or replace them.
    // Below /tmp is the exception: the backends mount such a path on top of the sandbox's own /tmp (a project under
    // /tmp runs its tools from there), which keeps the rest of /tmp the sandbox's.
    private static readonly string[] s_reserved = ["/workspace", "/proc", "/dev"];

    /// <summary>Whether <paramref name="path"/> lies below <c>/tmp</c>, so a backend mounts it after the sandbox's own <c>/tmp</c>.</summary>
    internal static bool IsBelowTmp(string path) => path.StartsWith("/tmp/", StringComparison.Ordinal) && path.TrimEnd('/') != "/tmp";

    private void ValidateReadOnlyPath(string path)
    {
        if (!Path.IsPathRooted(path) || path.IndexOfAny([',', '=', '\n', '\0']) >= 0 || path.Split('/').Any(p => p is "." or ".."))
        {
            throw new ArgumentException($"A read-only path for agent '{AgentId}' must be an absolute path without '.', '..', ',', '=' or control characters: '{path}'.", nameof(ReadOnlyPaths));
        }

        var trimmed = path.TrimEnd('/');
        if (trimmed.Length == 0 || trimmed == "/tmp" || s_reserved.Any(r => trimmed == r || trimmed.StartsWith(r + "/", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The read-only path '{path}' for agent '{AgentId}' would cover the sandbox's own /, /tmp or {string.Join(", ", s_reserved)}.", nameof(ReadOnlyPaths));
        }

        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            throw new ArgumentException($"The read-only path '{path}' for agent '{AgentId}' does not exist.", nameof(ReadOnlyPaths));
        }
    }
}
