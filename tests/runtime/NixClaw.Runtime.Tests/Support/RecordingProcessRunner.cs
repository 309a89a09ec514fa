using NixClaw.Runtime.Processes;

namespace NixClaw.Runtime.Tests.Support;

/// <summary>
/// Runs the local tools the verbs use for real (age, age-keygen, nix-instantiate, git) and records every other
/// command without running it (nixos-anywhere, nixos-rebuild, systemctl: no remote host in tests).
/// </summary>
internal sealed class RecordingProcessRunner : IProcessRunner
{
    private static readonly string[] RealPrograms = ["age", "age-keygen", "nix-instantiate", "git"];
    private readonly SystemProcessRunner _real = new();

    /// <summary>Recorded (not run) commands, in order.</summary>
    public List<ProcessSpec> Recorded { get; } = [];

    /// <summary>Fake programs reported as installed.</summary>
    public HashSet<string> Installed { get; } = ["nixos-anywhere", "nixos-rebuild", "systemctl"];

    /// <summary>Answers recorded commands; default: exit 0, no output.</summary>
    public Func<ProcessSpec, CancellationToken, Task<ProcessResult>> Respond { get; set; } = (_, _) => Task.FromResult(new ProcessResult(0, [], ""));

    public bool IsAvailable(string program) => RealPrograms.Contains(program) ? _real.IsAvailable(program) : Installed.Contains(program);

    public Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken)
    {
        if (RealPrograms.Contains(spec.FileName))
        {
            return _real.RunAsync(spec, cancellationToken);
        }

        if (!Installed.Contains(spec.FileName) && spec.FileName != "nix")
        {
            throw new ToolNotFoundException(spec.FileName);
        }

        Recorded.Add(spec);
        return Respond(spec, cancellationToken);
    }
}
