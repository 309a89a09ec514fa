namespace NixClaw;

/// <summary>How an agent's tools are confined.</summary>
public sealed record SandboxPolicy
{
    /// <summary>Container runtime.</summary>
    public SandboxBackend Backend { get; init; } = SandboxBackend.Podman;

    /// <summary>Allow network access from tools (off by default).</summary>
    public bool Network { get; init; }

    /// <summary>Memory limit in MiB.</summary>
    public int MemoryMb { get; init; } = 1024;

    /// <summary>Most processes at once.</summary>
    public int MaxProcesses { get; init; } = 256;

    /// <summary>Wall-clock limit of one tool call, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 120;

    /// <summary>Locally built image the tools run in.</summary>
    public string Image { get; init; } = "localhost/nixclaw-sandbox";
}
