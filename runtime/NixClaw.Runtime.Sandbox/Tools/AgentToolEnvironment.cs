using NixClaw.Bindings;
using NixClaw.Runtime.Files;
using NixClaw.Runtime.Sandbox.Files;
using NixClaw.Runtime.Sandbox.WebSearch;
using NixClaw.Tools;

namespace NixClaw.Runtime.Sandbox.Tools;

/// <summary>Where an agent's tools act: its workspace, its sandbox, the search endpoint and how secrets are read.</summary>
public sealed record AgentToolEnvironment
{
    /// <summary>Absolute path of the agent's workspace (mounted at <c>/workspace</c> in the sandbox; root of the file tools).</summary>
    public required string WorkspaceDirectory { get; init; }

    /// <summary>The sandbox <c>exec</c> runs in (see <see cref="SandboxSelector"/>); required when the agent has <c>exec</c>.</summary>
    public ISandbox? Sandbox { get; init; }

    /// <summary>The program's C# tools (<c>IDeclaredAgentTools.AgentTools</c>); an agent gets those its declaration names.</summary>
    public IReadOnlyList<AgentToolFunction> DeclaredTools { get; init; } = [];

    /// <summary>How to start the program in the sandbox for a C# tool that does not run in process.</summary>
    public ToolProgram? ToolProgram { get; init; }

    /// <summary>Brave Search base URL (a loopback fake in tests).</summary>
    public Uri BraveBaseUrl { get; init; } = BraveSearchClient.DefaultBaseUrl;

    /// <summary>HTTP client for web search; required when the agent has <c>web_search</c>.</summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>Reads a secret's value (by default the file at <see cref="SecretInfo.Path"/>, trimmed), on every call so rotation applies.</summary>
    public Func<SecretInfo, CancellationToken, Task<string>> ReadSecretAsync { get; init; } = ReadSecretFileAsync;

    /// <summary>Wall-clock limit of one web search.</summary>
    public TimeSpan WebSearchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Clock for timeouts (a fake in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Size limits of the file tools.</summary>
    public WorkspaceFileLimits FileLimits { get; init; } = new();

    /// <summary>Bytes kept of <c>exec</c>'s stdout and of its stderr.</summary>
    public int MaxOutputBytes { get; init; } = SandboxLimits.DefaultMaxOutputBytes;

    /// <summary>Reads a secret file and trims surrounding whitespace; the error names the path, never the content.</summary>
    /// <exception cref="SecretFileException">Missing, unreadable, not a regular file, or empty (an <see cref="InvalidOperationException"/>).</exception>
    public static Task<string> ReadSecretFileAsync(SecretInfo secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SecretFiles.Read(secret.Path, secret.Key));
    }
}
