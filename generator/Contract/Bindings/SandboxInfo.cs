using System;

namespace NixClaw.Bindings;

/// <summary>Sandbox limits of an agent.</summary>
/// <param name="Backend"><c>podman</c> or <c>bubblewrap</c>.</param>
/// <param name="Network">Whether tools may use the network.</param>
/// <param name="MemoryMb">Memory limit in MiB.</param>
/// <param name="MaxProcesses">Process limit.</param>
/// <param name="Timeout">Wall-clock limit per call.</param>
/// <param name="Image">Local image name.</param>
public sealed record SandboxInfo(string Backend, bool Network, int MemoryMb, int MaxProcesses, TimeSpan Timeout, string Image);
