using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using NixClaw.Bindings;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Runtime.Sandbox.WebSearch;
using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>
/// Builds the tools an agent declares (<see cref="AgentInfo.Tools"/>: <c>exec</c>, <c>read</c>, <c>write</c>,
/// <c>edit</c>, <c>list</c>, <c>web_search</c>, and the program's C# tools by name) as <see cref="AIFunction"/>s with JSON schemas, ready for a
/// <c>FunctionInvokingChatClient</c>. A refused request (path outside the workspace, limit, bad key) comes back
/// to the model as a string starting with <c>error:</c>, so it can correct itself; nothing else is caught.
/// </summary>
public static class AgentTools
{
    /// <summary>Tool names this library implements, in the order they are offered.</summary>
    public static IReadOnlyList<string> KnownTools { get; } = ["exec", "read", "write", "edit", "list", "web_search"];

    /// <summary>The agent's declared tools.</summary>
    /// <exception cref="ArgumentException">A declared tool is unknown, or the environment lacks what it needs; the message names the agent and tool.</exception>
    public static IReadOnlyList<AIFunction> Create(AgentInfo agent, AgentToolEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(environment);
        foreach (var tool in agent.Tools)
        {
            if (!KnownTools.Contains(tool, StringComparer.Ordinal) && !environment.DeclaredTools.Any(t => t.Name == tool))
            {
                throw new ArgumentException(
                    $"Agent '{agent.Id}' declares tool '{tool}', which is neither built in ({string.Join(", ", KnownTools)}) " +
                    $"nor one of this program's C# tools ({(environment.DeclaredTools.Count == 0 ? "none" : string.Join(", ", environment.DeclaredTools.Select(t => t.Name)))}).",
                    nameof(agent));
            }
        }

        var files = new WorkspaceFiles(environment.WorkspaceDirectory, environment.FileLimits);
        var tools = new List<AIFunction>();
        foreach (var name in KnownTools.Where(agent.Tools.Contains))
        {
            tools.Add(name switch
            {
                "exec" => Exec(agent, environment),
                "read" => Read(files),
                "write" => Write(files),
                "edit" => Edit(files),
                "list" => List(files),
                _ => WebSearch(agent, environment),
            });
        }

        foreach (var declared in agent.Tools.Select(name => environment.DeclaredTools.FirstOrDefault(t => t.Name == name)).OfType<AgentToolFunction>())
        {
            tools.Add(Declared(agent, declared, files, environment));
        }

        return tools;
    }

    /// <summary>A C# tool: in the gateway when declared <c>InProcess</c>, else in the agent's sandbox.</summary>
    private static AIFunction Declared(AgentInfo agent, AgentToolFunction tool, WorkspaceFiles files, AgentToolEnvironment env)
    {
        if (tool.RunsInProcess)
        {
            var http = env.HttpClient
                ?? throw new ArgumentException($"Agent '{agent.Id}' has the in-process tool '{tool.Name}' but no HttpClient was given.", nameof(env));
            return new InProcessAgentTool(tool, agent.Id, files, http, agent.Sandbox.Timeout);
        }

        var sandbox = env.Sandbox
            ?? throw new ArgumentException($"Agent '{agent.Id}' has the C# tool '{tool.Name}' but no sandbox was given.", nameof(env));
        var program = env.ToolProgram
            ?? throw new ArgumentException($"Agent '{agent.Id}' has the C# tool '{tool.Name}' but no program to run it with was given.", nameof(env));
        return new SandboxedAgentTool(tool, sandbox, program, agent.Id, env.WorkspaceDirectory, SandboxLimits.FromDeclaration(agent.Sandbox, env.MaxOutputBytes));
    }

    private static AIFunction Exec(AgentInfo agent, AgentToolEnvironment env)
    {
        var sandbox = env.Sandbox
            ?? throw new ArgumentException($"Agent '{agent.Id}' has the exec tool but no sandbox was given.", nameof(env));
        var declared = SandboxLimits.FromDeclaration(agent.Sandbox, env.MaxOutputBytes);
        return AIFunctionFactory.Create(
            async (
                [Description("Shell command, run with /bin/sh -c in /workspace (your workspace) inside a sandbox" +
                    " with busybox tools, no network unless allowed, and a read-only root; only /workspace and /tmp are writable.")]
                string command,
                [Description("Optional time limit in seconds; capped at the agent's limit.")]
                int? timeoutSeconds = null,
                CancellationToken cancellationToken = default) =>
            {
                var limits = timeoutSeconds is > 0 && TimeSpan.FromSeconds(timeoutSeconds.Value) < declared.Timeout
                    ? declared with { Timeout = TimeSpan.FromSeconds(timeoutSeconds.Value) }
                    : declared;
                try
                {
                    var r = await sandbox.RunAsync(new SandboxRequest(agent.Id, command, env.WorkspaceDirectory, limits), cancellationToken).ConfigureAwait(false);
                    return (object)new ExecToolResult(r.ExitCode, r.StandardOutput, r.StandardError, r.TimedOut,
                        r.StandardOutputTruncated || r.StandardErrorTruncated, (long)r.Duration.TotalMilliseconds);
                }
                catch (Exception e) when (e is SandboxUnavailableException or ArgumentException)
                {
                    return Error(e);
                }
            },
            "exec",
            $"Runs a shell command in the agent's sandbox (time limit {declared.Timeout.TotalSeconds:0} s, output capped at {declared.MaxOutputBytes} bytes per stream). Returns exit code, stdout, stderr.");
    }

    private static AIFunction Read(WorkspaceFiles files) => AIFunctionFactory.Create(
        ([Description("Path relative to the workspace root, e.g. notes/todo.md.")] string path) =>
            Guard(() => files.Read(path)),
        "read",
        "Reads a text file from the workspace. Long files are cut with a marker line.");

    private static AIFunction Write(WorkspaceFiles files) => AIFunctionFactory.Create(
        (
            [Description("Path relative to the workspace root; missing directories are created.")] string path,
            [Description("The complete new file content.")] string content) =>
            Guard(() =>
            {
                files.Write(path, content);
                return $"wrote {path}";
            }),
        "write",
        "Creates or replaces a file in the workspace with the given content.");

    private static AIFunction Edit(WorkspaceFiles files) => AIFunctionFactory.Create(
        (
            [Description("Path relative to the workspace root.")] string path,
            [Description("Exact text to replace; it must occur exactly once in the file.")] string oldText,
            [Description("Replacement text.")] string newText) =>
            Guard(() => $"edited {path} ({files.Edit(path, oldText, newText)} bytes)"),
        "edit",
        "Replaces one exact occurrence of oldText with newText in a workspace file.");

    private static AIFunction List(WorkspaceFiles files) => AIFunctionFactory.Create(
        ([Description("Directory relative to the workspace root; \".\" for the root.")] string? path = ".") =>
            Guard(() =>
            {
                var entries = files.List(path ?? ".", out var truncated);
                var lines = entries.Select(e => e.Kind switch
                {
                    "directory" => e.Name + "/",
                    "file" => $"{e.Name}\t{e.Size} bytes",
                    _ => $"{e.Name}\t({e.Kind})",
                });
                return string.Join('\n', lines) + (truncated ? "\n[nixclaw: list truncated]" : "") + (entries.Count == 0 ? "(empty)" : "");
            }),
        "list",
        "Lists a workspace directory: one entry per line, directories end with '/'.");

    private static AIFunction WebSearch(AgentInfo agent, AgentToolEnvironment env)
    {
        var key = agent.WebSearchKey
            ?? throw new ArgumentException($"Agent '{agent.Id}' has the web_search tool but no WebSearchKey secret.", nameof(agent));
        var http = env.HttpClient
            ?? throw new ArgumentException($"Agent '{agent.Id}' has the web_search tool but no HttpClient was given.", nameof(env));
        var client = new BraveSearchClient(http, env.BraveBaseUrl, env.TimeProvider);
        var max = Math.Clamp(agent.WebSearchMaxResults, 1, 20);
        return AIFunctionFactory.Create(
            async (
                [Description("Search query (at most 400 characters, 50 words).")] string query,
                [Description("Number of results wanted, 1 to the agent's maximum.")] int? count = null,
                CancellationToken cancellationToken = default) =>
            {
                try
                {
                    var apiKey = await env.ReadSecretAsync(key, cancellationToken).ConfigureAwait(false);
                    var results = await client.SearchAsync(apiKey, query, Math.Clamp(count ?? max, 1, max), env.WebSearchTimeout, cancellationToken).ConfigureAwait(false);
                    return JsonSerializer.Serialize(results, s_json);
                }
                catch (Exception e) when (e is WebSearchException or InvalidOperationException)
                {
                    return Error(e);
                }
            },
            "web_search",
            $"Searches the web (Brave). Returns up to {max} results as JSON: title, url, description, age.");
    }

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private static string Guard(Func<string> action)
    {
        try
        {
            return action();
        }
        catch (WorkspaceFileException e)
        {
            return Error(e);
        }
    }

    private static string Error(Exception e) => "error: " + e.Message;
}
